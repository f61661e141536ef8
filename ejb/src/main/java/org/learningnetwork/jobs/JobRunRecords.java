package org.learningnetwork.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.ServerInstance;

/**
 * The application's records of the batch jobs' runs (table {@code job_run}), shared by every server instance: written
 * by the component that starts and follows the jobs, each change in a transaction of its own; read by the jobs screen
 * and the API with whether each run was interrupted and can be restarted ({@link JobRunRules}), from the leases.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRunRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records a run of {@code job} for {@code key} beginning on this instance under the lease's {@code fence}; its id. */
    @PermitAll
    public long begin(String job, String key, String quarter, int stepsTotal, Long continues, long fence) {
        JobRunRecord run = new JobRunRecord(job, key, quarter, ServerInstance.name(), stepsTotal, clock.instant(), continues, fence);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /**
     * The run is under way as this instance's execution {@code executionId}. Written under the row's lock, as every
     * change of where a run stands: a short run may already have ended (its listener, on the batch runtime's thread),
     * and that must not be overwritten with "started".
     */
    @PermitAll
    public void started(long id, long executionId) {
        locked(id).started(executionId);
    }

    /**
     * A step of the run has ended (or a partition of it: its counts are added to the step's); {@code position} orders
     * the steps as they began.
     */
    @PermitAll
    public void stepEnded(long id, String step, String status, String exitStatus, long read, long written, long committed, long rolledBack) {
        locked(id).stepEnded(step, status, exitStatus, read, written, committed, rolledBack);
    }

    /**
     * The run, recorded as going, has ended, and how (it could not start, or ended without its listener recording it);
     * whether it was still recorded as going. Nothing if it is recorded as ended already (its listener was first).
     */
    @PermitAll
    public boolean ended(long id, JobRunStatus status, String exitStatus) {
        JobRunRecord run = locked(id);
        if (!run.getStatus().going()) {
            return false;
        }
        run.ended(status, exitStatus, clock.instant());
        return true;
    }

    /** The run has ended: its steps as the batch runtime has them at the end (if any: else those recorded stay), and how. */
    @PermitAll
    public void ended(long id, List<JobRunStep> steps, JobRunStatus status, String exitStatus) {
        JobRunRecord run = locked(id);
        if (!steps.isEmpty()) {
            run.replaceSteps(steps);
        }
        run.ended(status, exitStatus, clock.instant());
    }

    /** The latest run of {@code job} for {@code key} recorded as going, if any, now abandoned (another goes on with it). */
    @PermitAll
    public Optional<JobRunRecord> abandonGoing(String job, String key) {
        // Found, then locked by its id: EclipseLink writes H2's "for update" before the limit, which H2 refuses.
        Optional<Long> latest = em.createQuery("select r.id from JobRunRecord r where r.job = :job and r.key = :key"
                        + " and r.status in :going order by r.id desc", Long.class)
                .setParameter("job", job).setParameter("key", key)
                .setParameter("going", JobRunStatus.GOING)
                .setMaxResults(1).getResultStream().findFirst();
        Optional<JobRunRecord> going = latest.map(this::locked).filter(run -> run.getStatus().going());
        going.ifPresent(run -> run.abandoned(clock.instant()));
        return going;
    }

    /** The runs this instance recorded as going. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRunRecord> goingHere() {
        return em.createQuery("select r from JobRunRecord r where r.instance = :instance and r.status in :going", JobRunRecord.class)
                .setParameter("instance", ServerInstance.name())
                .setParameter("going", JobRunStatus.GOING).getResultList();
    }

    /** One run as recorded; not found if there is none. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobRunRecord record(long id) throws NotFoundException {
        JobRunRecord run = em.find(JobRunRecord.class, id);
        if (run == null) {
            throw new NotFoundException("JobRun", id);
        }
        return run;
    }

    /** The latest {@code max} runs of every job, newest first, from every instance. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> latest(int max) {
        List<JobRunRecord> runs = em.createQuery("select r from JobRunRecord r order by r.id desc", JobRunRecord.class)
                .setMaxResults(max).getResultList();
        return shown(runs);
    }

    /** The latest run of {@code job} for {@code key}, if any. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRun> latest(String job, String key) {
        return shown(em.createQuery("select r from JobRunRecord r where r.job = :job and r.key = :key order by r.id desc",
                JobRunRecord.class).setParameter("job", job).setParameter("key", key).setMaxResults(1).getResultList())
                .stream().findFirst();
    }

    /** The latest run of {@code job} for each quarter, newest quarter first. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> latestPerQuarter(String job) {
        return shown(em.createQuery("select r from JobRunRecord r where r.job = :job and r.quarter is not null and r.id ="
                        + " (select max(o.id) from JobRunRecord o where o.job = r.job and o.quarter = r.quarter) order by r.quarter desc",
                JobRunRecord.class).setParameter("job", job).getResultList());
    }

    /** One run as shown; not found if there is none. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobRun find(long id) throws NotFoundException {
        return shown(List.of(record(id))).get(0);
    }

    private JobRunRecord locked(long id) {
        return em.find(JobRunRecord.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private List<JobRun> shown(List<JobRunRecord> runs) {
        Instant now = clock.instant();
        Map<String, Object[]> leases = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        for (JobRunRecord run : runs) {
            String both = run.getJob() + "\n" + run.getKey();
            leases.computeIfAbsent(both, k -> lease(run.getJob(), run.getKey()));
            latest.computeIfAbsent(both, k -> em.createQuery("select max(r.id) from JobRunRecord r where r.job = :job and r.key = :key",
                    Long.class).setParameter("job", run.getJob()).setParameter("key", run.getKey()).getSingleResult());
        }
        return runs.stream().map(run -> {
            String both = run.getJob() + "\n" + run.getKey();
            Object[] lease = leases.get(both);
            String holder = (String) lease[0];
            Instant expires = (Instant) lease[1];
            boolean interrupted = JobRunRules.interrupted(run.getStatus(), run.getInstance(), holder, expires, now);
            boolean restartable = JobRunRules.restartable(run.getStatus(), interrupted, run.getId().equals(latest.get(both)),
                    JobRunRules.leaseFree(holder, expires, now));
            return JobRun.of(run, interrupted, restartable);
        }).toList();
    }

    /** The holder and expiry ({@link Instant}) of the lease on the job and key (both {@code null} if there is none). */
    private Object[] lease(String job, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select holder, expires_at from work_lease where work_name = ? and run_key = ?")
                .setParameter(1, job).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return new Object[2];
        }
        Object expires = rows.get(0)[1];
        // PostgreSQL's driver gives a Timestamp, H2 an OffsetDateTime.
        Instant at = expires instanceof java.sql.Timestamp t ? t.toInstant()
                : expires instanceof OffsetDateTime o ? o.toInstant() : null;
        return new Object[] {rows.get(0)[0], at};
    }
}
