package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.learningnetwork.access.Role;

/**
 * The one way screens ask who is signed in and which roles they hold. One for the application, answering for the
 * current request (the template asks on every page: a bean made for each request cost a tenth of a page's time on
 * GlassFish); what it reads from the database and the container is kept for the session in {@link SignedInSummary}.
 */
@Named
@ApplicationScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    /** The current request (a proxy to it). */
    @Inject
    private HttpServletRequest request;

    @Inject
    private SignedInNames signedInNames;

    /** The signed-in user's names and roles, kept for their session: the template shows them on every page. */
    @Inject
    private SignedInSummary summary;

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
        return principal().flatMap(caller -> summary.names(caller, signedInNames::of, Instant.now()));
    }

    public boolean hasRole(String role) {
        return principal().map(caller -> summary.hasRole(caller, role, securityContext::isCallerInRole)).orElse(false);
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
        return Optional.ofNullable(request.getUserPrincipal());
    }
}
