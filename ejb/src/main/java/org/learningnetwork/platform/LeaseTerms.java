package org.learningnetwork.platform;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;

/**
 * How long a lease on work lasts ({@link Leases}): the setting {@code learningnetwork.cluster.lease-seconds}
 * (seconds, at least 5; two minutes unless set). Its holder renews it every third of the term, so that one missed
 * renewal does not lose it; a lease not renewed by its expiry (the instance died or hangs) is taken by another instance.
 */
public final class LeaseTerms {

    /** How long a lease lasts without renewal, in seconds (at least 5, so that it can be renewed in time). */
    public static final Setting<Integer> TERM_SECONDS = Setting.number("learningnetwork.cluster.lease-seconds", 120, 5, 24 * 3600);

    private LeaseTerms() {
    }

    /** The term set on this server ({@link #TERM_SECONDS}). */
    public static Duration term() {
        return Duration.ofSeconds(TERM_SECONDS.get());
    }

    /** How often a holder renews a lease of {@code term}. */
    public static Duration renewEvery(Duration term) {
        return term.dividedBy(3);
    }

    /** The cluster's setting, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
