package org.learningnetwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** The one way screens ask who is signed in and which roles they hold. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return isSignedIn() && securityContext.isCallerInRole(role);
    }

    /** The roles the signed-in user holds, in the order of {@link Role}. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> hasRole(r.name())).toList();
    }
}
