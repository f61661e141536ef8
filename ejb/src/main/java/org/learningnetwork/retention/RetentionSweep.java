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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Lease;
import org.learningnetwork.platform.LeaseTerms;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.security.Callers;

/**
 * The retention sweep: applies every rule of the {@link RetentionScheduleService} to the records that are due, in batches
 * (each its own transaction), leaving whatever a legal hold covers. It runs every night ({@link
 * RetentionSweepTimer}) and when the data protection officer asks, for real or as a dry run that changes nothing
 * and says what would go. A rule's batches run a few at a time ({@link RetentionSettings#THREADS}), each in its own connection. A
 * batch that fails is tried once more on its own; if it fails again it stops its rule only: the batches done stand,
 * the other rules still run, and the next sweep takes up where it stopped (what is due is worked out afresh each
 * time). Each sweep is recorded with its counts and audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweep {

    /** The most records one batch may take (its statements choose them by id range, not by listing them). */
    static final int MAX_BATCH_SIZE = RetentionSettings.MAX_BATCH_SIZE;

    /** The work name of the nightly sweep's lease (its key: the day). */
    public static final String WORK = "retention-sweep";

    private static final ZoneId ZONE = Installation.zone();
    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private RetentionScheduleService schedule;

    @EJB
    private RetentionSweepSteps steps;

    @EJB
    private Leases leases;

    /** Sweeps now, or (dry run) counts what a sweep would do; returns the recorded sweep. */
    @RolesAllowed(Roles.DPO)
    public RetentionSweepRun runNow(boolean dryRun) {
        Long account = Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
        return sweep(steps.start(null, dryRun, account), dryRun, null);
    }

    /**
     * The nightly sweep for {@code day}: runs unless the day's sweep is done or under way (on this server instance or
     * another sharing the database), in which case it returns nothing. A day's sweep whose instance stopped part-way
     * (its lease ran out) is taken over here and run again: what is due is worked out afresh, so it goes on from where
     * the other stopped.
     */
    @PermitAll
    public Optional<RetentionSweepRun> runScheduled(LocalDate day) {
        Optional<Lease> lease = leases.acquire(WORK, day.toString());
        if (lease.isEmpty()) {
            LOG.info(() -> "Retention sweep for " + day + ": done or under way on another server instance");
            return Optional.empty();
        }
        String runKey = "daily:" + day;
        boolean takenOver = claimed(runKey);
        if (takenOver) {
            LOG.info(() -> "Retention sweep for " + day + ": taken over from a server instance that stopped part-way");
        }
        try {
            RetentionSweepRun run = sweep(steps.start(takenOver ? null : runKey, false, null), false, lease.get());
            leases.release(lease.get(), true);
            return Optional.of(run);
        } catch (RuntimeException e) {
            leases.release(lease.get(), false);
            throw e;
        }
    }

    /** Goes on with the nightly sweeps that a server instance stopped part-way (their lease ran out); how many. */
    @PermitAll
    public int takeOverAbandoned() {
        int taken = 0;
        for (String day : leases.abandoned(WORK)) {
            taken += runScheduled(LocalDate.parse(day)).isPresent() ? 1 : 0;
        }
        return taken;
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

    /** Sweeps (or counts), renewing {@code lease} (if any: a nightly sweep's) while it works. */
    private RetentionSweepRun sweep(long sweepId, boolean dryRun, Lease lease) {
        int size = batchSize();
        Heartbeat alive = new Heartbeat(sweepId, lease);
        Instant now = clock.instant();
        List<SweepCount> counts = new ArrayList<>();
        // People last: anonymising someone also clears their bookings' text and mail, which the other rules count.
        List<RetentionRule> rules = new ArrayList<>(schedule.rules());
        rules.sort(Comparator.comparing(rule -> rule.getRecordType() == RecordType.PERSON));
        for (RetentionRule rule : rules) {
            RecordType type = rule.getRecordType();
            Instant cutoff = rule.dueBefore(now, ZONE);
            long done = 0;
            String failure = null;
            long started = System.nanoTime();
            try {
                done = type == RecordType.AUDIT_ENTRY ? sweepAudit(cutoff, size, dryRun, alive)
                        : sweepTables(type, cutoff, size, dryRun, alive);
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

    private long sweepTables(RecordType type, Instant cutoff, int size, boolean dryRun, Heartbeat alive) throws SweepFailed {
        int threads = threads();
        long done = 0;
        for (int part = 0; part < RetentionTarget.of(type).size(); part++) {
            int table = part;
            List<Long> ends = steps.windows(type, part, cutoff, size);
            done += inWindows(type, done, ends, threads, alive,
                    (after, last) -> steps.batchLater(type, table, cutoff, after, last, dryRun));
        }
        return done;
    }

    /** Starts sweeping the window after id {@code after} up to {@code last} on a thread of the container's. */
    private interface Window {
        Future<Integer> start(long after, long last);
    }

    /** A window under way. */
    private record Started(long after, long last, Future<Integer> count) {
    }

    /**
     * Sweeps the windows ending at {@code ends}, up to {@code threads} at a time. A window that fails is tried once
     * more on its own, once those under way have finished (two windows can wait for each other's locks, e.g. on an
     * e-mail to one person about another's booking, and the database then fails one of them); if it fails again,
     * no further window starts and the rule stops there. {@code doneBefore} is what the rule did on its other tables,
     * for the count a failure reports.
     */
    private static long inWindows(RecordType type, long doneBefore, List<Long> ends, int threads, Heartbeat alive, Window window)
            throws SweepFailed {
        long done = 0;
        Deque<Started> underWay = new ArrayDeque<>();
        List<Started> failed = new ArrayList<>();
        long after = 0;
        for (long last : ends) {
            if (underWay.size() == threads) {
                done += finished(underWay.poll(), failed);
            }
            if (!failed.isEmpty()) {
                while (!underWay.isEmpty()) {
                    done += finished(underWay.poll(), failed);
                }
                done += again(type, doneBefore + done, failed, window);
            }
            alive.beat();
            underWay.add(new Started(after, last, window.start(after, last)));
            after = last;
        }
        while (!underWay.isEmpty()) {
            done += finished(underWay.poll(), failed);
        }
        return done + again(type, doneBefore + done, failed, window);
    }

    /** What the window did, once it has finished; nothing if it failed (it joins {@code failed}). */
    private static int finished(Started started, List<Started> failed) {
        try {
            return started.count().get();
        } catch (ExecutionException e) {
            failed.add(started);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add(started);
            return 0;
        }
    }

    /**
     * Tries the failed windows once more, one at a time; the sweep of the rule stops at one that fails again (or if
     * the sweep's thread is interrupted).
     */
    private static long again(RecordType type, long doneBefore, List<Started> failed, Window window) throws SweepFailed {
        long done = 0;
        for (Started started : failed) {
            try {
                done += window.start(started.after(), started.last()).get();
            } catch (ExecutionException e) {
                throw failed(type, doneBefore + done, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(type, doneBefore + done, e);
            }
        }
        failed.clear();
        return done;
    }

    private long sweepAudit(Instant cutoff, int size, boolean dryRun, Heartbeat alive) throws SweepFailed {
        long done = 0;
        long after = 0;
        RetentionSweepSteps.Batch batch;
        do {
            try {
                batch = steps.auditBatch(cutoff, after, size, dryRun);
            } catch (EJBException e) {
                throw failed(RecordType.AUDIT_ENTRY, done, e);
            }
            done += batch.count();
            after = batch.lastId();
            alive.beat();
        } while (batch.full());
        return done;
    }

    private static SweepFailed failed(RecordType type, long done, Throwable e) {
        // The cause's type only: database messages can quote the values in the rows.
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        LOG.log(Level.WARNING, "Retention sweep: a batch of {0} failed ({1}); the rule stops here until the next sweep",
                new Object[] {type, cause.getClass().getName()});
        return new SweepFailed(done);
    }

    private static int threads() {
        return RetentionSettings.THREADS.get();
    }

    private static int batchSize() {
        return RetentionSettings.BATCH_SIZE.get();
    }

    /**
     * Tells, about once a minute, that the sweep is still at work (a sweep that stops telling was interrupted), and
     * renews the nightly sweep's lease as often as its term asks, so that no other instance takes the night over.
     */
    private final class Heartbeat {
        private final long sweepId;
        private final Lease lease;
        private final long every;
        private long last = System.nanoTime();

        Heartbeat(long sweepId, Lease lease) {
            this.sweepId = sweepId;
            this.lease = lease;
            long minute = TimeUnit.MINUTES.toNanos(1);
            this.every = lease == null ? minute : Math.min(minute, LeaseTerms.renewEvery(lease.term()).toNanos());
        }

        void beat() {
            if (System.nanoTime() - last >= every) {
                last = System.nanoTime();
                try {
                    steps.alive(sweepId);
                    if (lease != null && !leases.renew(lease)) {
                        LOG.warning(() -> "Retention sweep " + sweepId + ": another server instance has taken the night's sweep over");
                    }
                } catch (EJBException e) {
                    // The batches tell whether the database is there; a missed beat only risks an early "interrupted".
                    LOG.warning(() -> "Retention sweep " + sweepId + ": could not record that it is still at work");
                }
            }
        }
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
