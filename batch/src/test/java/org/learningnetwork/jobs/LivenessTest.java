package org.learningnetwork.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LivenessTest {

    private static final Instant SERVER_STARTED = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void anExecutionStartedSinceTheServerDidIsGoing() {
        assertTrue(Liveness.going("STARTED", Instant.parse("2026-12-02T06:00:01Z"), SERVER_STARTED));
        assertTrue(Liveness.going("STARTING", null, SERVER_STARTED), "not started yet");
        assertTrue(Liveness.going("STOPPING", SERVER_STARTED, SERVER_STARTED));
    }

    @Test
    void oneLeftStartedByAServerThatStoppedIsNot() {
        assertFalse(Liveness.going("STARTED", Instant.parse("2026-12-01T23:59:00Z"), SERVER_STARTED));
    }

    @Test
    void oneThatEndedIsNot() {
        for (String status : new String[] {"COMPLETED", "FAILED", "STOPPED", "ABANDONED"}) {
            assertFalse(Liveness.going(status, Instant.parse("2026-12-02T07:00:00Z"), SERVER_STARTED), status);
        }
    }
}
