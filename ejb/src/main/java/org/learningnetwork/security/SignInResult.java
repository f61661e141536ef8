package org.learningnetwork.security;

import java.time.Instant;
import java.util.Set;
import org.learningnetwork.access.Role;

/**
 * What came of a sign-in attempt. A failure does not say whether the username or the password was
 * wrong; a locked account says until when. {@code deviceToken} is the token for the browser's cookie after a sign-in
 * from a browser not yet trusted ({@link TrustedDevice}), else {@code null}.
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, Instant lockedUntil, String deviceToken) {

    /** UNKNOWN: the council's directory signed the person in, but Learning Network has no account (or role) for them. */
    public enum Outcome { SIGNED_IN, FAILED, LOCKED, UNKNOWN }

    public static SignInResult signedIn(String username, Set<Role> roles, String deviceToken) {
        return new SignInResult(Outcome.SIGNED_IN, username, Set.copyOf(roles), null, deviceToken);
    }

    public static SignInResult failed() {
        return new SignInResult(Outcome.FAILED, null, Set.of(), null, null);
    }

    public static SignInResult unknown() {
        return new SignInResult(Outcome.UNKNOWN, null, Set.of(), null, null);
    }

    public static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until, null);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
