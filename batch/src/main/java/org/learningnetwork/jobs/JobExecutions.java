package org.learningnetwork.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Lease;
import org.learningnetwork.platform.LeaseTerms;
import org.learningnetwork.platform.Leases;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The one component that starts and follows the batch jobs, and the only one that talks to the batch runtime. A run
 * takes the lease on its job and key (the quarter of a KPI run; one at a time for the impact evaluation) before it
 * starts, so a second start anywhere in the cluster is refused, and is recorded in the application's own run records
 * ({@link JobRunRecords}), which the jobs screen reads whichever instance ran it (each instance's batch runtime keeps
 * its own executions only). Every few seconds each instance copies its runs' progress into the records and renews
 * their leases, and takes over the runs of an instance that died (their lease ran out): the new run goes on from what
 * the first stored (the KPI job keeps the parts stored and sends no report pack twice; the impact evaluation does only
 * what is still due).
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobExecutions {

    /**
     * The jobs (as named in {@code META-INF/batch-jobs}) and how many steps each has, for the progress shown. Named
     * here, not taken from the jobs' starters, which depend on this component.
     */
    private static final String HR_IMPORT = "hr-import";
    private static final Map<String, Integer> JOBS = Map.of("quarterly-kpi", 3, "impact-evaluation", 4, HR_IMPORT, 1);

    /** Job parameters: the run record's id, and that the run goes on with what an earlier one stored. */
    public static final String RUN = "run";
    public static final String RESUME = "resume";
    public static final String QUARTER = "quarter";
    /** Job parameter: the key the run holds the lease on (an HR import's id). */
    public static final String KEY = "key";

    private static final Set<BatchStatus> GOING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    private static final Logger LOG = Logger.getLogger(JobExecutions.class.getName());

    @EJB
    private Leases leases;

    @EJB
    private JobRunRecords records;

    @EJB
    private AuditLog audit;

    /**
     * Starts {@code job} for {@code key} with the {@code parameters}, unless a run of it is going on any instance: then
     * refused with {@code running} on {@code field} ({@code null}: the whole form). Returns the run's id. Open to the
     * jobs' own starters (the timers run without a signed-in caller); they check who may start what.
     */
    @PermitAll
    public long start(String job, String key, Properties parameters, String field, String running) throws RejectedException {
        Lease lease = leases.acquire(job, key).orElseThrow(() -> new RejectedException(field, running));
        return launch(lease, parameters, null);
    }

    /** The latest {@code max} runs of every job, from every instance, newest first. */
    public List<JobRun> latest(int max) {
        return records.latest(max);
    }

    /** The latest run of {@code job} for {@code key}, if any. */
    public Optional<JobRun> latest(String job, String key) {
        return records.latest(job, key);
    }

    /** One run; not found if there is none. */
    public JobRun find(long id) throws NotFoundException {
        return records.find(id);
    }

    /**
     * Restarts a run that failed, was stopped or was interrupted, as a new run that goes on from what it stored (the
     * KPI job keeps the parts stored; the impact evaluation does what is still due). Refused if Restart can do nothing
     * for it ({@code jobs.restart.notFailed}: completed, going, or followed by a later run) or if a run of its job and
     * key is going ({@code jobs.restart.running}). Returns the new run's id.
     */
    public long restart(long id) throws NotFoundException, RejectedException {
        JobRun shown = records.find(id);
        if (!shown.isRestartable()) {
            throw new RejectedException(null, "jobs.restart.notFailed");
        }
        JobRunRecord run = records.record(id);
        Lease lease = leases.acquire(run.getJob(), run.getKey()).orElseThrow(() -> new RejectedException(null, "jobs.restart.running"));
        if (run.getStatus().going()) {
            // Interrupted: recorded as going by an instance that stopped or died; this run goes on with it instead.
            records.abandonGoing(run.getJob(), run.getKey());
        }
        long restarted = launch(lease, continuing(run), id);
        audit.record(AuditAction.CHANGED, "JobRun", id, "jobs.restarted");
        return restarted;
    }

    /**
     * A step of a run (or a partition of one) has ended on this instance: recorded, for the progress shown while the run
     * goes on (the final counts and exit statuses are recorded when the run ends). Open to the batch runtime's listener,
     * which runs without a signed-in caller.
     */
    @PermitAll
    public void stepEnded(long runId, String step, BatchStatus status, Exception failure, String exitStatus, Metric[] metrics) {
        Map<Metric.MetricType, Long> counts = counts(metrics);
        String outcome = failure != null ? "FAILED" : status == BatchStatus.STOPPING || status == BatchStatus.STOPPED ? "STOPPED" : "COMPLETED";
        records.stepEnded(runId, step, outcome, exitStatus, counts.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                counts.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L), counts.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                counts.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L));
    }

    /**
     * A run has ended on this instance (its job listener): its steps with their final counts and exit statuses (read
     * once, now that they are all done), its status recorded, its lease released. Open to the batch runtime's
     * listener, which runs without a signed-in caller.
     */
    @PermitAll
    public void ended(long runId, long executionId, BatchStatus status, String exitStatus) {
        try {
            JobRunRecord run = records.record(runId);
            records.ended(runId, steps(executionId), JobRunStatus.of(status.name()), exitStatus);
            leases.release(lease(run), false);
        } catch (NotFoundException e) {
            LOG.warning(() -> "Job run " + runId + " ended but is not recorded");
        }
    }

    /**
     * Every five seconds on each instance: the leases of the runs going here renewed (a run whose lease another
     * instance has taken is stopped here); a run whose execution ended unrecorded is recorded; and the runs of
     * instances that died are taken over. Only each execution's own status is read from the batch runtime here (the
     * steps are recorded by the jobs' listeners as they end), so that nothing reads its store while jobs write to it.
     */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "batch job runs")
    @PermitAll
    void followRuns() {
        try {
            takeOverAbandoned(followRunsHere());
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next round tries again.
            LOG.log(Level.WARNING, "Following the job runs failed ({0}); trying again", e.getClass().getSimpleName());
        }
    }

    /** Follows the runs going on this instance; the job and key of each still going here. */
    private Set<String> followRunsHere() {
        JobOperator operator = BatchRuntime.getJobOperator();
        Set<String> goingHere = new java.util.HashSet<>();
        for (JobRunRecord run : records.goingHere()) {
            if (run.getExecutionId() == null) {
                continue;
            }
            Optional<JobExecution> execution = execution(operator, run.getExecutionId());
            Lease lease = lease(run);
            if (execution.isPresent() && GOING.contains(execution.get().getBatchStatus())) {
                goingHere.add(run.getJob() + "\n" + run.getKey());
                if (!leases.renew(lease)) {
                    LOG.warning(() -> "Job run " + run.getId() + " was taken over by another instance; stopping it here");
                    stop(operator, run.getExecutionId());
                }
            } else {
                // Ended without its listener recording it (or the batch runtime lost it): recorded from what is known.
                BatchStatus status = execution.map(JobExecution::getBatchStatus).orElse(BatchStatus.ABANDONED);
                records.ended(run.getId(), JobRunStatus.of(status.name()), execution.map(JobExecution::getExitStatus).orElse(null));
                leases.release(lease, false);
            }
        }
        return goingHere;
    }

    /** Takes over the runs whose lease ran out, except those still going here (this instance was only late to renew). */
    private void takeOverAbandoned(Set<String> goingHere) {
        for (String job : JOBS.keySet()) {
            for (String key : leases.abandoned(job)) {
                if (goingHere.contains(job + "\n" + key)) {
                    continue;
                }
                leases.acquire(job, key).ifPresent(lease -> {
                    Optional<JobRunRecord> abandoned = records.abandonGoing(job, key);
                    Properties parameters = abandoned.map(JobExecutions::continuing).orElseGet(() -> HR_IMPORT.equals(job) ? new Properties() : parameters(key));
                    long id = launch(lease, parameters, abandoned.map(JobRunRecord::getId).orElse(null));
                    LOG.info(() -> "Job " + job + (key.isEmpty() ? "" : " for " + key) + ": taken over from an instance that stopped, as run " + id);
                });
            }
        }
    }

    /** Starts the job under the lease held: recorded first, then started; if it cannot start, recorded failed and the lease let go. */
    private long launch(Lease lease, Properties parameters, Long continues) {
        String quarter = parameters.getProperty(QUARTER);
        long id = records.begin(lease.work(), lease.key(), quarter, JOBS.getOrDefault(lease.work(), 0), continues, lease.fence());
        parameters.setProperty(RUN, Long.toString(id));
        parameters.setProperty(KEY, lease.key());
        try {
            long executionId = BatchRuntime.getJobOperator().start(lease.work(), parameters);
            records.started(id, executionId);
            return id;
        } catch (RuntimeException e) {
            records.ended(id, JobRunStatus.FAILED, e.getClass().getSimpleName());
            leases.release(lease, false);
            throw e;
        }
    }

    /**
     * The lease the run was started under: renewing or releasing it touches that taking only, not a later run's of the
     * same job and key (which, on this instance, has the same holder).
     */
    private static Lease lease(JobRunRecord run) {
        return new Lease(run.getJob(), run.getKey(), LeaseTerms.term(), run.getLeaseFence());
    }

    /** The parameters of a run that goes on with {@code run}: its quarter, if any, and what was stored kept. */
    private static Properties continuing(JobRunRecord run) {
        Properties parameters = parameters(run.getQuarter() == null ? "" : run.getQuarter());
        parameters.setProperty(RESUME, "true");
        return parameters;
    }

    private static Properties parameters(String quarter) {
        Properties parameters = new Properties();
        if (quarter != null && !quarter.isEmpty()) {
            parameters.setProperty(QUARTER, quarter);
        }
        return parameters;
    }

    private static Optional<JobExecution> execution(JobOperator operator, long executionId) {
        try {
            return Optional.of(operator.getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return Optional.empty();
        }
    }

    private static void stop(JobOperator operator, long executionId) {
        try {
            operator.stop(executionId);
        } catch (RuntimeException e) {
            LOG.info(() -> "Execution " + executionId + " could not be stopped (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The execution's steps as this instance's batch runtime has them, in the order they started. */
    private static List<JobRunStep> steps(long executionId) {
        List<StepExecution> steps;
        try {
            steps = BatchRuntime.getJobOperator().getStepExecutions(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return List.of();
        }
        List<StepExecution> ordered = steps.stream().sorted(Comparator.comparingLong(StepExecution::getStepExecutionId)).toList();
        List<JobRunStep> recorded = new ArrayList<>();
        for (StepExecution step : ordered) {
            Map<Metric.MetricType, Long> counts = counts(step.getMetrics());
            recorded.add(new JobRunStep(recorded.size(), step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                    counts.getOrDefault(Metric.MetricType.READ_COUNT, 0L), counts.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    counts.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L), counts.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L)));
        }
        return recorded;
    }

    /** The batch runtime's counts by kind (none when it gives none). */
    private static Map<Metric.MetricType, Long> counts(Metric[] metrics) {
        return metrics == null ? Map.of() : Arrays.stream(metrics).collect(Collectors.toMap(Metric::getType, Metric::getValue, (a, b) -> a));
    }
}
