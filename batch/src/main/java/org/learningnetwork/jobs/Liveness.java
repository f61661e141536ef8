package org.learningnetwork.jobs;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Whether a job execution is really going. The batch runtime keeps an execution that was going when the server stopped
 * as started for ever (its job store is this server's own), so an execution that started before this server did is not
 * going: it was interrupted, and its quarter can be worked out again.
 */
public final class Liveness {

    private static final Set<String> GOING = Set.of("STARTING", "STARTED", "STOPPING");
    private static final Instant SERVER_STARTED = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private Liveness() {
    }

    /** Whether an execution in {@code status} that started at {@code started} is going, on a server started at {@code serverStarted}. */
    public static boolean going(String status, Instant started, Instant serverStarted) {
        return GOING.contains(status) && (started == null || !started.isBefore(serverStarted));
    }

    /** Whether an execution in {@code status} created at {@code created} (its start time may not be set yet) is going on this server. */
    public static boolean going(String status, Date created) {
        return going(status, created == null ? null : created.toInstant(), SERVER_STARTED);
    }

    /** Whether an execution in {@code status} is one the server's stop interrupted. */
    public static boolean interrupted(String status, Date created) {
        return GOING.contains(status) && !going(status, created);
    }
}
