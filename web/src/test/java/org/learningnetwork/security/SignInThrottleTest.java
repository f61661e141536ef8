package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final SignInThrottle.Settings SETTINGS = new SignInThrottle.Settings(20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    private static SignInThrottle.Failures failures(int count, Instant from) {
        SignInThrottle.Failures f = null;
        for (int i = 0; i < count; i++) {
            Instant at = from.plusSeconds(i);
            f = f == null ? new SignInThrottle.Failures(1, at) : f.after(at, SETTINGS);
        }
        return f;
    }

    @Test
    void theFreeFailuresCostNothing() {
        SignInThrottle.Failures twenty = failures(20, T);
        assertEquals(20, twenty.count());
        assertEquals(Optional.empty(), SignInThrottle.waitUntil(twenty, twenty.latest(), SETTINGS));
        assertEquals(Optional.empty(), SignInThrottle.waitUntil(null, T, SETTINGS));
    }

    @Test
    void eachFailureBeyondThemDoublesTheWaitUpToTheLongest() {
        SignInThrottle.Failures f = failures(21, T);
        assertEquals(Optional.of(f.latest().plusSeconds(1)), SignInThrottle.waitUntil(f, f.latest(), SETTINGS));
        assertEquals(Optional.empty(), SignInThrottle.waitUntil(f, f.latest().plusSeconds(1), SETTINGS), "the wait ends to the second");
        f = f.after(f.latest().plusSeconds(1), SETTINGS);
        assertEquals(Optional.of(f.latest().plusSeconds(2)), SignInThrottle.waitUntil(f, f.latest(), SETTINGS));
        assertEquals(Duration.ofSeconds(4), SignInThrottle.wait(3, SETTINGS.longestWait()));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.wait(10, SETTINGS.longestWait()));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.wait(11, SETTINGS.longestWait()), "1024 s is over the longest");
        assertEquals(Duration.ofMinutes(15), SignInThrottle.wait(1000, SETTINGS.longestWait()));
    }

    @Test
    void failuresStopCountingAWindowAfterTheLatest() {
        SignInThrottle.Failures f = failures(25, T);
        Instant later = f.latest().plus(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), SignInThrottle.waitUntil(f, later, SETTINGS));
        assertEquals(1, f.after(later, SETTINGS).count(), "a new window starts");
        assertEquals(26, f.after(later.minusSeconds(1), SETTINGS).count(), "still the same window");
    }
}
