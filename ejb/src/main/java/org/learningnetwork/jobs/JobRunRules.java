package org.learningnetwork.jobs;

import java.time.Instant;

/**
 * When a batch job's run is interrupted and when it can be restarted. A run goes on only while the instance that runs
 * it holds the lease on its job and key: a run recorded as going whose lease its instance no longer holds (released
 * when the server stopped, or let run out when it died) was interrupted. Restart is offered only where it can do
 * something: the run failed, was stopped, abandoned or interrupted, no later run of its job and key has followed, and
 * nothing holds that job and key now.
 */
public final class JobRunRules {

    private JobRunRules() {
    }

    /**
     * Whether a run in {@code status} on {@code runInstance} was interrupted, given the lease on its job and key:
     * held by {@code leaseHolder} ({@code null}: nobody) until {@code leaseExpires}, at {@code now}.
     */
    public static boolean interrupted(JobRunStatus status, String runInstance, String leaseHolder, Instant leaseExpires, Instant now) {
        return status.going() && !held(runInstance, leaseHolder, leaseExpires, now);
    }

    /**
     * Whether a run in {@code status} ({@code interrupted} or not) can be restarted: it is the latest of its job and key
     * ({@code latest}) and the lease on them is free ({@code leaseFree}).
     */
    public static boolean restartable(JobRunStatus status, boolean interrupted, boolean latest, boolean leaseFree) {
        boolean endedShort = status == JobRunStatus.FAILED || status == JobRunStatus.STOPPED || status == JobRunStatus.ABANDONED;
        return (endedShort || interrupted) && latest && leaseFree;
    }

    /** Whether the lease is free at {@code now}: nobody holds it, or its holder let it run out. */
    public static boolean leaseFree(String leaseHolder, Instant leaseExpires, Instant now) {
        return leaseHolder == null || leaseExpires == null || !leaseExpires.isAfter(now);
    }

    private static boolean held(String instance, String leaseHolder, Instant leaseExpires, Instant now) {
        return instance.equals(leaseHolder) && !leaseFree(leaseHolder, leaseExpires, now);
    }
}
