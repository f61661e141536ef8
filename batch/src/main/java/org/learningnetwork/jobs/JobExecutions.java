package org.learningnetwork.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.evaluation.ImpactEvaluationJob;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reporting.KpiJob;
import org.learningnetwork.security.Roles;

/** The learning team's view of the batch jobs' executions, newest first, and the restart of a failed or stopped one. */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobExecutions {

    /** The jobs and how many steps each has (for the progress shown). */
    private static final Map<String, Integer> JOBS = Map.of(KpiJob.JOB, 4, ImpactEvaluationJob.JOB, 4);

    /** How many of the latest executions are looked through for a later run of an interrupted one. */
    private static final int SUPERSEDED_WITHIN = 200;

    @EJB
    private AuditLog audit;

    @EJB
    private KpiJob kpiJob;

    @EJB
    private ImpactEvaluationJob impactJob;

    /** The latest {@code max} executions of every job, newest first. */
    public List<JobRun> latest(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : JOBS.keySet()) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, max);
            } catch (NoSuchJobException e) {
                continue;
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(run(operator, execution));
                }
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::id).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** One execution; not found if there is none. */
    public JobRun find(long id) throws NotFoundException {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(id);
            if (!JOBS.containsKey(execution.getJobName())) {
                throw new NotFoundException("JobExecution", id);
            }
            return run(operator, execution);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("JobExecution", id);
        }
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint. One the server's stop interrupted (which the
     * batch runtime keeps as started and will not restart) is gone on with by a new run: the KPI job keeps the figures
     * the interrupted run stored and works out the rest ({@link KpiJob#resume}); the impact evaluation, whose steps do
     * only what is still due, simply runs again. Others are refused ({@code jobs.restart.notFailed}), and so is an
     * interrupted one a later run of its job (and quarter) has followed ({@code jobs.restart.superseded}). Returns the
     * new execution's id.
     */
    public long restart(long id) throws NotFoundException, RejectedException {
        JobRun run = find(id);
        if (!run.isRestartable()) {
            throw new RejectedException(null, "jobs.restart.notFailed");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        long restarted;
        if (run.isInterrupted()) {
            if (latest(SUPERSEDED_WITHIN).stream().anyMatch(r -> r.job().equals(run.job()) && r.id() > id
                    && java.util.Objects.equals(r.quarter(), run.quarter()))) {
                throw new RejectedException(null, "jobs.restart.superseded");
            }
            if (KpiJob.JOB.equals(run.job())) {
                restarted = kpiJob.resume(run.quarter());
            } else {
                restarted = run.quarter() == null ? impactJob.runNow() : impactJob.runFor(run.quarter());
            }
        } else {
            restarted = operator.restart(id, operator.getParameters(id) == null ? new Properties() : operator.getParameters(id));
        }
        audit.record(AuditAction.CHANGED, "JobExecution", id, "jobs.restarted");
        return restarted;
    }

    private static JobRun run(JobOperator operator, JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        List<JobRun.StepRun> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(s -> new JobRun.StepRun(s.getStepName(), s.getBatchStatus().name(), s.getExitStatus(), metric(s, Metric.MetricType.READ_COUNT),
                        metric(s, Metric.MetricType.WRITE_COUNT), metric(s, Metric.MetricType.COMMIT_COUNT),
                        metric(s, Metric.MetricType.ROLLBACK_COUNT)))
                .toList();
        return new JobRun(execution.getExecutionId(), execution.getJobName(), parameters == null ? null : parameters.getProperty("quarter"),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(), steps,
                JOBS.getOrDefault(execution.getJobName(), 0), Liveness.interrupted(execution.getBatchStatus().name(), execution.getCreateTime()));
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        return step.getMetrics() == null ? 0 : Arrays.stream(step.getMetrics()).filter(m -> m.getType() == type)
                .mapToLong(Metric::getValue).findFirst().orElse(0);
    }
}
