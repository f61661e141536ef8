package org.learningnetwork.platform;

import java.time.Duration;

/**
 * How long a lease on work lasts ({@link Leases}): the system property {@value #TERM_SECONDS} (seconds, at least
 * {@value #SHORTEST_SECONDS}; two minutes unless set). Its holder renews it every third of the term, so that one missed
 * renewal does not lose it; a lease not renewed by its expiry (the instance died or hangs) is taken by another instance.
 */
public final class LeaseTerms {

    /** System property: how long a lease lasts without renewal, in seconds; another instance takes over after this. */
    public static final String TERM_SECONDS = "learningnetwork.cluster.lease-seconds";

    static final int DEFAULT_SECONDS = 120;
    static final int SHORTEST_SECONDS = 5;

    private LeaseTerms() {
    }

    /** The term set on this server: {@code value} seconds, or the default if unset, not a number or shorter than allowed. */
    public static Duration term(String value) {
        try {
            int seconds = Integer.parseInt(value == null ? "" : value.strip());
            return Duration.ofSeconds(seconds >= SHORTEST_SECONDS ? seconds : DEFAULT_SECONDS);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
    }

    /** The term set on this server ({@value #TERM_SECONDS}). */
    public static Duration term() {
        return term(System.getProperty(TERM_SECONDS));
    }

    /** How often a holder renews a lease of {@code term}. */
    public static Duration renewEvery(Duration term) {
        return term.dividedBy(3);
    }
}
