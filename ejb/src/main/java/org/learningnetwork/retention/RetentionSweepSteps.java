package org.learningnetwork.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.BookingEvent;

/**
 * The retention sweep's steps, each in a transaction of its own, so that a failure loses one batch and never
 * what the batches before it did. Only {@link RetentionSweep} calls them (the nightly timer runs it without a
 * signed-in caller, hence no role here: the bean is local to the application).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionSweepSteps {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PersonAnonymiser anonymiser;

    @EJB
    private AuditLog audit;

    /**
     * One batch: how many records it took, the last id of its window (where the next batch starts) and whether the
     * window was full (so more may follow).
     */
    public record Batch(int count, long lastId, boolean full) {
    }

    /** Records that a sweep started; a scheduled sweep's {@code runKey} may be claimed once only. */
    public long start(String runKey, boolean dryRun, Long accountId) {
        RetentionSweepRun run = new RetentionSweepRun(runKey, dryRun, clock.instant(), accountId);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /**
     * Takes the next window of {@code size} rows after {@code after} from the rule's {@code part}-th table, and
     * (unless a dry run) anonymises or deletes those of them that are due.
     */
    public Batch batch(RecordType type, int part, Instant cutoff, long after, int size, boolean dryRun) {
        RetentionTarget target = RetentionTarget.of(type).get(part);
        List<Long> window = ids(query(target.window(), after, cutoff, List.of()).setMaxResults(size));
        if (window.isEmpty()) {
            return new Batch(0, after, false);
        }
        List<Long> ids = ids(query(target.due(), after, cutoff, window));
        Batch batch = new Batch(ids.size(), window.get(window.size() - 1), window.size() == size);
        if (ids.isEmpty()) {
            return batch;
        }
        if (!dryRun) {
            if (type == RecordType.PERSON) {
                anonymiser.anonymise(ids, clock.instant());
            } else {
                for (String action : target.actions()) {
                    query(action, after, cutoff, ids).executeUpdate();
                }
            }
        }
        return batch;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Query query) {
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    /** The next batch of the oldest audit entries (see {@link AuditLog#removeOldest}). */
    public Batch auditBatch(Instant cutoff, long after, int size, boolean dryRun) {
        AuditLog.Trimmed trimmed = audit.removeOldest(cutoff, size, after, dryRun, heldPeople());
        return new Batch(trimmed.removed(), trimmed.lastId(), trimmed.more());
    }

    /** How many records of the type are due but kept by a legal hold. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long held(RecordType type, Instant cutoff) {
        if (type == RecordType.AUDIT_ENTRY) {
            return ((Number) query("select count(*) from audit_entry e where e.occurred_at < ?2 and e.target_type = 'Person'"
                    + " and exists (select 1 from legal_hold h where h.person_id = e.target_id and h.released_at is null)",
                    0, cutoff, List.of()).getSingleResult()).longValue();
        }
        long held = 0;
        for (RetentionTarget target : RetentionTarget.of(type)) {
            held += ((Number) query(target.held(), 0, cutoff, List.of()).getSingleResult()).longValue();
        }
        return held;
    }

    /** Records how the sweep ended, with its counts, and audits it (one entry for the whole sweep). */
    public RetentionSweepRun finish(long sweepId, List<SweepCount> counts) {
        RetentionSweepRun run = em.find(RetentionSweepRun.class, sweepId);
        run.finish(counts, clock.instant());
        audit.record(run.isDryRun() ? AuditAction.VIEWED : AuditAction.DELETED, "RetentionSweep", sweepId,
                run.isDryRun() ? "retention.dry-run" : "retention.sweep");
        return run;
    }

    private List<Long> heldPeople() {
        return em.createQuery("select h.person.id from LegalHold h where h.releasedAt is null", Long.class).getResultList();
    }

    /**
     * The query for a {@link RetentionTarget} statement: {@code ?1} the id after which to start, {@code ?2} the
     * cutoff, {@code ?3} its date in the UK; {@code (:codes)} becomes the reason codes kept on booking events and
     * {@code (:ids)} the batch's ids.
     */
    private Query query(String sql, long after, Instant cutoff, List<Long> ids) {
        List<String> codes = List.copyOf(BookingEvent.REASON_CODES);
        int idsFrom = 4 + codes.size();
        String text = sql.replace("(:codes)", PersonAnonymiser.placeholders(codes.size(), 4))
                .replace("(:ids)", PersonAnonymiser.placeholders(ids.size(), idsFrom));
        Query query = em.createNativeQuery(text);
        query.setParameter(1, after);
        query.setParameter(2, cutoff.atOffset(ZoneOffset.UTC));
        query.setParameter(3, cutoff.atZone(UK).toLocalDate());
        PersonAnonymiser.bind(query, codes, 4);
        PersonAnonymiser.bind(query, ids, idsFrom);
        return query;
    }
}
