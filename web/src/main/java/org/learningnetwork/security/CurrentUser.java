package org.learningnetwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningnetwork.access.Role;

/** The one way screens ask who is signed in and which roles they hold. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInNames signedInNames;

    /** Asked once per request: the template asks on every page, several times. */
    private Optional<Principal> principal;
    private final Map<String, Boolean> roles = new HashMap<>();
    private Optional<SignedInNames.Names> names;

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    public String getUsername() {
        return principal().map(Principal::getName).orElse(null);
    }

    /** The signed-in person's given name, to greet them by (the username for an account without a person). */
    public String getGivenName() {
        return names().map(SignedInNames.Names::given).orElseGet(this::getUsername);
    }

    /** The signed-in person's full name (the username for an account without a person). */
    public String getFullName() {
        return names().map(SignedInNames.Names::full).orElseGet(this::getUsername);
    }

    private Optional<SignedInNames.Names> names() {
        if (names == null) {
            names = isSignedIn() ? signedInNames.of(getUsername()) : Optional.empty();
        }
        return names;
    }

    public boolean hasRole(String role) {
        return isSignedIn() && roles.computeIfAbsent(role, securityContext::isCallerInRole);
    }

    /** The roles the signed-in user holds, in the order of {@link Role}. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> hasRole(r.name())).toList();
    }

    /**
     * The request's signed-in user: the servlet request's, which is {@code null} for a visitor on every server (WildFly's
     * {@link SecurityContext#getCallerPrincipal} gives an "anonymous" principal instead).
     */
    private Optional<Principal> principal() {
        if (principal == null) {
            principal = Optional.ofNullable(request.getUserPrincipal());
        }
        return principal;
    }
}
