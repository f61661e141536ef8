package org.learningnetwork.jobs;

import java.util.EnumSet;
import java.util.Set;

/** Where a batch job's run stands: the batch runtime's statuses, and abandoned (its instance died; another went on). */
public enum JobRunStatus {
    STARTING, STARTED, STOPPING, COMPLETED, FAILED, STOPPED, ABANDONED;

    /** The statuses of a run still going when last recorded (it may since have been interrupted: see {@link JobRunRules}). */
    public static final Set<JobRunStatus> GOING = EnumSet.of(STARTING, STARTED, STOPPING);

    /** Whether the run was going when last recorded. */
    public boolean going() {
        return GOING.contains(this);
    }

    /** The status the batch runtime gives by name (ABANDONED for its own "abandoned" too). */
    public static JobRunStatus of(String batchStatus) {
        return valueOf(batchStatus);
    }
}
