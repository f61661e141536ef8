package org.learningnetwork.security;

import java.time.Duration;

/**
 * How many failed sign-ins in a row lock an account, and for how long. Defaults: 5 failures, 15 minutes;
 * a server can set {@code learningnetwork.signin.max-failures} and {@code learningnetwork.signin.lock-minutes}
 * as system properties.
 */
public record SignInPolicy(int maxFailures, Duration lockFor) {

    public static SignInPolicy fromSystemProperties() {
        return new SignInPolicy(
                Integer.getInteger("learningnetwork.signin.max-failures", 5),
                Duration.ofMinutes(Integer.getInteger("learningnetwork.signin.lock-minutes", 15)));
    }

    public SignInPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A sign-in policy needs at least one attempt and a positive lock time");
        }
    }
}
