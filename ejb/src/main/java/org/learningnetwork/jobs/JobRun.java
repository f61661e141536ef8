package org.learningnetwork.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A run of a batch job as the jobs screen and the API show it: which job, for which quarter, on which server instance,
 * where it stands (interrupted if its instance stopped or died under it), its steps with their counts, how far it
 * has got, whether it continues another run, and whether Restart can do anything for it.
 */
public record JobRun(long id, String job, String quarter, String instance, String status, String exitStatus, Instant started,
        Instant ended, List<JobRunStep> steps, int stepsInJob, Long continues, boolean interrupted, boolean restartable)
        implements Serializable {

    static JobRun of(JobRunRecord run, boolean interrupted, boolean restartable) {
        return new JobRun(run.getId(), run.getJob(), run.getQuarter(), run.getInstance(), run.getStatus().name(), run.getExitStatus(),
                run.getStartedAt(), run.getEndedAt(), run.getSteps(), run.getStepsTotal(), run.getContinues(), interrupted, restartable);
    }

    /** Whether it is still going (not one its instance's stop interrupted). */
    public boolean isRunning() {
        return !interrupted && JobRunStatus.valueOf(status).going();
    }

    /** Whether its instance stopped or died while it was going. */
    public boolean isInterrupted() {
        return interrupted;
    }

    /** Whether Restart can do something: see {@link JobRunRules#restartable}. */
    public boolean isRestartable() {
        return restartable;
    }

    /** How far it has got, in per cent: its steps completed of the job's steps. */
    public int getProgress() {
        long done = steps.stream().filter(s -> "COMPLETED".equals(s.status())).count();
        return stepsInJob == 0 ? 0 : (int) Math.min(100, done * 100 / stepsInJob);
    }

    public long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getInstance() {
        return instance;
    }

    public String getStatus() {
        return status;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getEnded() {
        return ended;
    }

    public List<JobRunStep> getSteps() {
        return steps;
    }

    public Long getContinues() {
        return continues;
    }
}
