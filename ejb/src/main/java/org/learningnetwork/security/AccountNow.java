package org.learningnetwork.security;

import java.time.Instant;
import java.util.Set;
import org.learningnetwork.access.Role;

/**
 * A signed-in caller's account as it is now, for holding a session to it: the roles it holds while it is active (none
 * when it has been deactivated or no longer has the caller's username), and when its sessions were last ended
 * ({@code null}: never).
 */
public record AccountNow(Set<Role> roles, Instant sessionsEndedAt) {

    public AccountNow {
        roles = Set.copyOf(roles);
    }
}
