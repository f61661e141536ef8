package org.learningnetwork.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a client (a network address) must wait before it may try to sign in again, after its failed sign-ins:
 * the rule that slows an outsider guessing passwords, across accounts as well as on one.
 *
 * <p>Failures count within a window that starts at a client's first failure and ends {@code window} after its latest
 * (15 minutes): the first {@code freeFailures} (20: a council office behind one address makes typing mistakes) cost
 * nothing; after each further one the client waits 1, 2, 4, 8 ... seconds, at most {@code longestWait} (15 minutes),
 * before the next attempt is even looked at. At the longest wait an outsider gets four guesses an hour from an address.
 * An attempt refused for waiting does not count. Pure: the answer depends on the failures and the time only.
 */
public final class SignInThrottle {

    /** The numbers of the rule; from system properties {@code learningnetwork.signin.client-free-failures} and so on. */
    public record Settings(int freeFailures, Duration window, Duration longestWait) {

        public Settings {
            if (freeFailures < 1 || window.isNegative() || window.isZero() || longestWait.isNegative() || longestWait.isZero()) {
                throw new IllegalArgumentException("A throttle needs free failures and positive times");
            }
        }

        public static Settings fromSystemProperties() {
            return new Settings(SignInSettings.CLIENT_FREE_FAILURES.get(), Duration.ofMinutes(15),
                    Duration.ofMinutes(SignInSettings.CLIENT_LONGEST_WAIT_MINUTES.get()));
        }
    }

    /** A client's failures in its current window: how many, and when the latest was. */
    public record Failures(int count, Instant latest) {

        /** The failures after one more at {@code now}; a window that has passed starts again. */
        public Failures after(Instant now, Settings settings) {
            return new Failures(expiredAt(now, settings) ? 1 : count + 1, now);
        }

        /** Whether the window has passed at {@code now}, so that these failures no longer count. */
        public boolean expiredAt(Instant now, Settings settings) {
            return !now.isBefore(latest.plus(settings.window()));
        }
    }

    private SignInThrottle() {
    }

    /** Until when a client with these failures must wait at {@code now}, if it must. */
    public static Optional<Instant> waitUntil(Failures failures, Instant now, Settings settings) {
        if (failures == null || failures.expiredAt(now, settings) || failures.count() <= settings.freeFailures()) {
            return Optional.empty();
        }
        Instant until = failures.latest().plus(wait(failures.count() - settings.freeFailures(), settings.longestWait()));
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** The wait after the {@code beyond}-th failure past the free ones: 1, 2, 4 ... seconds, at most {@code longest}. */
    static Duration wait(int beyond, Duration longest) {
        if (beyond >= 31) {
            return longest;
        }
        Duration wait = Duration.ofSeconds(1L << (beyond - 1));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
