package org.learningnetwork.security;

import java.time.Instant;
import java.util.Set;

/**
 * What came of a sign-in attempt. A failure does not say whether the username or the password was
 * wrong; a locked account says until when.
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Outcome { SIGNED_IN, FAILED, LOCKED }

    public static SignInResult signedIn(String username, Set<Role> roles) {
        return new SignInResult(Outcome.SIGNED_IN, username, Set.copyOf(roles), null);
    }

    public static SignInResult failed() {
        return new SignInResult(Outcome.FAILED, null, Set.of(), null);
    }

    public static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
