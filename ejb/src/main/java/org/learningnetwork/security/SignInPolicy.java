package org.learningnetwork.security;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * How many failed sign-ins in a row lock an account, and for how long. Defaults: 5 failures, 15 minutes;
 * a server can set {@code learningnetwork.signin.max-failures} and {@code learningnetwork.signin.lock-minutes}
 * as system properties.
 */
public record SignInPolicy(int maxFailures, Duration lockFor) {

    public static final Setting<Integer> MAX_FAILURES = Setting.number("learningnetwork.signin.max-failures", 5, 1, 1000);
    public static final Setting<Integer> LOCK_MINUTES = Setting.number("learningnetwork.signin.lock-minutes", 15, 1, 7 * 24 * 60);

    public static SignInPolicy fromSystemProperties() {
        return new SignInPolicy(MAX_FAILURES.get(), Duration.ofMinutes(LOCK_MINUTES.get()));
    }

    public SignInPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A sign-in policy needs at least one attempt and a positive lock time");
        }
    }

    /** The sign-in policy's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
