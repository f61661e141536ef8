package org.learningnetwork.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
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
import java.util.concurrent.Future;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.BookingEvent;
import org.learningnetwork.platform.Installation;

/**
 * The retention sweep's steps, each in a transaction of its own, so that a failure loses one batch and never
 * what the batches before it did. Only {@link RetentionSweep} calls them (the nightly timer runs it without a
 * signed-in caller, hence no role here: the bean is local to the application).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionSweepSteps {

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PersonAnonymiser anonymiser;

    @EJB
    private AuditLog audit;

    /** A batch of audit entries: how many it took, the last id it saw (where the next starts) and whether more may follow. */
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
     * Cuts the rows of the rule's {@code part}-th table that may be due into windows of at most {@code size}: the
     * last id of each, in order (the first window starts after id 0, each next one after the last id of the one
     * before).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> windows(RecordType type, int part, Instant cutoff, int size) {
        RetentionTarget target = RetentionTarget.of(type).get(part);
        return ids(query(target.windows().replace("(:size)", Integer.toString(size)), 0, 0, cutoff));
    }

    /**
     * Sweeps the window of the rule's {@code part}-th table after id {@code after} up to {@code last} on a thread of
     * the container's, so that the sweep can run several windows at once: anonymises or deletes (unless a dry run)
     * the records in it that are due, and counts them either way.
     */
    @Asynchronous
    public Future<Integer> batchLater(RecordType type, int part, Instant cutoff, long after, long last, boolean dryRun) {
        return new AsyncResult<>(batch(type, part, cutoff, after, last, dryRun));
    }

    private int batch(RecordType type, int part, Instant cutoff, long after, long last, boolean dryRun) {
        RetentionTarget target = RetentionTarget.of(type).get(part);
        if (dryRun) {
            return ((Number) query(target.count(), after, last, cutoff).getSingleResult()).intValue();
        }
        if (type == RecordType.PERSON) {
            List<Long> due = ids(query(target.due(), after, last, cutoff));
            anonymiser.anonymise(due, clock.instant());
            return due.size();
        }
        int count = 0;
        for (String action : target.actions()) {
            count = query(action, after, last, cutoff).executeUpdate();
        }
        return count;
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
                    0, 0, cutoff).getSingleResult()).longValue();
        }
        long held = 0;
        for (RetentionTarget target : RetentionTarget.of(type)) {
            held += ((Number) query(target.held(), 0, 0, cutoff).getSingleResult()).longValue();
        }
        return held;
    }

    /** Records that the sweep is still at work (see {@link RetentionSweepRun.Status#INTERRUPTED}). */
    public void alive(long sweepId) {
        em.createQuery("update RetentionSweepRun s set s.aliveAt = :at where s.id = :id")
                .setParameter("at", clock.instant()).setParameter("id", sweepId).executeUpdate();
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
     * The query for a {@link RetentionTarget} statement: {@code ?1} the id after which the window starts, {@code ?4}
     * its last id, {@code ?2} the cutoff, {@code ?3} its date in the council's time zone; {@code (:codes)} becomes the reason codes kept
     * on booking events.
     */
    private Query query(String sql, long after, long last, Instant cutoff) {
        List<String> codes = List.copyOf(BookingEvent.REASON_CODES);
        Query query = em.createNativeQuery(sql.replace("(:codes)", PersonAnonymiser.placeholders(codes.size(), 5)));
        query.setParameter(1, after);
        query.setParameter(2, cutoff.atOffset(ZoneOffset.UTC));
        query.setParameter(3, cutoff.atZone(ZONE).toLocalDate());
        query.setParameter(4, last);
        PersonAnonymiser.bind(query, codes, 5);
        return query;
    }
}
