package org.learningnetwork.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.security.Callers;
import org.learningnetwork.security.Roles;

/**
 * The retention sweep: applies every rule of the {@link RetentionSchedule} to the records that are due, in batches
 * (each its own transaction), leaving whatever a legal hold covers. It runs every night ({@link
 * RetentionSweepTimer}) and when the data protection officer asks, for real or as a dry run that changes nothing
 * and says what would go. A batch that fails stops its rule only: the batches before it stand, the other rules
 * still run, and the next sweep takes up where it stopped (what is due is worked out afresh each time). Each
 * sweep is recorded with its counts and audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweep {

    /** System property: how many records one batch takes (1 to {@value #MAX_BATCH_SIZE}; default 1,000). */
    public static final String BATCH_SIZE = "learningnetwork.retention.batch-size";

    /** The most records one batch may take (its statements choose them by id range, not by listing them). */
    static final int MAX_BATCH_SIZE = 20_000;

    private static final int DEFAULT_BATCH_SIZE = 1_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private RetentionSchedule schedule;

    @EJB
    private RetentionSweepSteps steps;

    /** Sweeps now, or (dry run) counts what a sweep would do; returns the recorded sweep. */
    @RolesAllowed(Roles.DPO)
    public RetentionSweepRun runNow(boolean dryRun) {
        Long account = Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
        return sweep(steps.start(null, dryRun, account), dryRun);
    }

    /**
     * The nightly sweep for {@code day}: runs unless a sweep for that day already has (on this server instance or
     * another sharing the database), in which case it returns nothing.
     */
    @PermitAll
    public Optional<RetentionSweepRun> runScheduled(LocalDate day) {
        String runKey = "daily:" + day;
        if (claimed(runKey)) {
            return Optional.empty();
        }
        long sweepId;
        try {
            sweepId = steps.start(runKey, false, null);
        } catch (EJBException e) {
            if (!claimed(runKey)) {
                throw e;
            }
            // Another instance claimed the day between the check and the insert (the run key is unique).
            LOG.info(() -> "Retention sweep for " + day + " already started elsewhere");
            return Optional.empty();
        }
        return Optional.of(sweep(sweepId, false));
    }

    private boolean claimed(String runKey) {
        return em.createQuery("select count(s) from RetentionSweepRun s where s.runKey = :key", Long.class)
                .setParameter("key", runKey).getSingleResult() > 0;
    }

    /** The most recent sweeps, newest first. */
    @RolesAllowed({Roles.DPO, Roles.ADMIN})
    public List<RetentionSweepRun> recent(int max) {
        return em.createQuery("select s from RetentionSweepRun s order by s.startedAt desc, s.id desc", RetentionSweepRun.class)
                .setMaxResults(max).getResultList();
    }

    private RetentionSweepRun sweep(long sweepId, boolean dryRun) {
        int size = batchSize();
        Instant now = clock.instant();
        List<SweepCount> counts = new ArrayList<>();
        // People last: anonymising someone also clears their bookings' text and mail, which the other rules count.
        List<RetentionRule> rules = new ArrayList<>(schedule.rules());
        rules.sort(Comparator.comparing(rule -> rule.getRecordType() == RecordType.PERSON));
        for (RetentionRule rule : rules) {
            RecordType type = rule.getRecordType();
            Instant cutoff = now.atZone(UK).minusMonths(rule.getPeriodMonths()).toInstant();
            long done = 0;
            String failure = null;
            long started = System.nanoTime();
            try {
                done = type == RecordType.AUDIT_ENTRY ? sweepAudit(cutoff, size, dryRun) : sweepTables(type, cutoff, size, dryRun);
            } catch (SweepFailed e) {
                done = e.done;
                failure = SweepCount.BATCH_FAILED;
            }
            long held = steps.held(type, cutoff);
            counts.add(new SweepCount(type, rule.getAction(), done, held, failure));
            long millis = (System.nanoTime() - started) / 1_000_000;
            long count = done;
            LOG.info(() -> "Retention " + (dryRun ? "dry run" : "sweep") + " " + sweepId + ", " + type + ": " + count
                    + (dryRun ? " due" : " done") + ", " + held + " held, in " + millis + " ms");
        }
        return steps.finish(sweepId, counts);
    }

    private long sweepTables(RecordType type, Instant cutoff, int size, boolean dryRun) throws SweepFailed {
        long done = 0;
        for (int part = 0; part < RetentionTarget.of(type).size(); part++) {
            int table = part;
            done += batches(type, done, after -> steps.batch(type, table, cutoff, after, size, dryRun));
        }
        return done;
    }

    private long sweepAudit(Instant cutoff, int size, boolean dryRun) throws SweepFailed {
        return batches(RecordType.AUDIT_ENTRY, 0, after -> steps.auditBatch(cutoff, after, size, dryRun));
    }

    /**
     * Runs batches from the start of a table until one is not full; {@code doneBefore} is what the rule did before
     * (on its other tables), for the count a failure reports.
     */
    private static long batches(RecordType type, long doneBefore, LongFunction<RetentionSweepSteps.Batch> next) throws SweepFailed {
        long done = 0;
        long after = 0;
        RetentionSweepSteps.Batch batch;
        do {
            try {
                batch = next.apply(after);
            } catch (EJBException e) {
                throw failed(type, doneBefore + done, e);
            }
            done += batch.count();
            after = batch.lastId();
        } while (batch.full());
        return done;
    }

    private static SweepFailed failed(RecordType type, long done, EJBException e) {
        // The cause's type only: database messages can quote the values in the rows.
        Throwable cause = e.getCause() == null ? e : e.getCause();
        LOG.log(Level.WARNING, "Retention sweep: a batch of {0} failed ({1}); the rule stops here until the next sweep",
                new Object[] {type, cause.getClass().getName()});
        return new SweepFailed(done);
    }

    private static int batchSize() {
        String value = System.getProperty(BATCH_SIZE);
        if (value != null) {
            try {
                int size = Integer.parseInt(value.strip());
                if (size >= 1 && size <= MAX_BATCH_SIZE) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // Falls through to the warning.
            }
            LOG.warning(() -> BATCH_SIZE + " must be a whole number from 1 to " + MAX_BATCH_SIZE + "; using "
                    + DEFAULT_BATCH_SIZE);
        }
        return DEFAULT_BATCH_SIZE;
    }

    /** A batch failed after {@code done} records of its rule. */
    private static final class SweepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient long done;

        SweepFailed(long done) {
            super(null, null, false, false);
            this.done = done;
        }
    }
}
