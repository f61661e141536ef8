package org.learningnetwork.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One execution of a batch job as the job screen shows it: which job, for which quarter (KPI runs), where it stands,
 * its steps with their figures, and how far it has got (steps finished of the job's steps).
 */
public record JobRun(long id, String job, String quarter, String status, String exitStatus, Instant started, Instant ended,
        List<StepRun> steps, int stepsInJob, boolean interrupted) implements Serializable {

    /** One step's execution: its status and the batch runtime's counts. */
    public record StepRun(String name, String status, String exitStatus, long read, long written, long committed, long rolledBack)
            implements Serializable {
    }

    /** Whether it is still going (not one the server's stop interrupted). */
    public boolean isRunning() {
        return !interrupted && ("STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status));
    }

    /** Whether the server stopped while it was going: the batch runtime still says started; it is going no more. */
    public boolean isInterrupted() {
        return interrupted;
    }

    /** Whether it can be restarted from its last checkpoint, or gone on with after the server's stop interrupted it. */
    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status) || interrupted;
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

    public List<StepRun> getSteps() {
        return steps;
    }
}
