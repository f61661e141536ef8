package org.learningnetwork.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every page shows of the signed-in user, kept for their HTTP session so that the template does not ask the
 * database and the container again on each page: their names (read again after {@link #NAMES_FOR}, so that a
 * corrected name shows within a minute) and the answers about their roles (which the container fixes for the
 * session at sign-in; a session whose account's roles change ends: {@link SignedInCheck}). Kept for one sign-in: a
 * new principal, as a new sign-in gives, starts afresh. Used only for a
 * signed-in user, who has a session already; a visitor gets none from it. Nothing of it is written when the session
 * is, so a session moved or restored asks again.
 */
@SessionScoped
public class SignedInSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long the names are shown before they are read again. */
    static final Duration NAMES_FOR = Duration.ofMinutes(1);

    private transient Principal principal;
    private transient Map<String, Boolean> roles;
    private transient Optional<SignedInNames.Names> names;
    private transient Instant namesReadAt;

    /** The names of the signed-in {@code caller}, read with {@code read} when not known or older than a minute. */
    synchronized Optional<SignedInNames.Names> names(Principal caller, Function<String, Optional<SignedInNames.Names>> read, Instant now) {
        forCaller(caller);
        if (names == null || !now.isBefore(namesReadAt.plus(NAMES_FOR))) {
            names = read.apply(caller.getName());
            namesReadAt = now;
        }
        return names;
    }

    /** Whether the signed-in {@code caller} holds {@code role}, asked of the container once per session. */
    synchronized boolean hasRole(Principal caller, String role, Predicate<String> isCallerInRole) {
        forCaller(caller);
        return roles.computeIfAbsent(role, isCallerInRole::test);
    }

    private void forCaller(Principal caller) {
        if (principal != caller) {
            principal = caller;
            roles = new HashMap<>();
            names = null;
        }
    }
}
