package org.learningnetwork.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.access.Role;

/**
 * What the OpenID Connect mechanism reports, turned into who signs in here: the caller it names (their e-mail, or
 * username) is matched to an account ({@link SignInService#signInFromDirectory}), which gives the username and the
 * roles (or the token's groups do, when mapped); nobody matched goes back to the sign-in page, which says so.
 */
class SingleSignOnContext extends HttpMessageContextWrapper {

    private final HttpServletRequest request;
    private final SignInService signIns;

    SingleSignOnContext(HttpMessageContext context, HttpServletRequest request, SignInService signIns) {
        super(context);
        this.request = request;
        this.signIns = signIns;
    }

    /** The provider's names and groups are not registered: {@link #notifyContainerAboutLogin} registers the account's. */
    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
        // replaced by the account's, below
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return getWrapped().redirect(request.getContextPath() + SignInMechanism.SIGN_IN_PAGE + "?sso=failed");
        }
        String caller = result.getCallerPrincipal().getName();
        boolean fromGroups = SingleSignOn.rolesFromGroups();
        SignInResult signedIn = signIns.signInFromDirectory(caller, caller.contains("@") ? caller : null,
                fromGroups ? SingleSignOn.roles(result.getCallerGroups()) : Set.of(), fromGroups);
        if (!signedIn.isSignedIn()) {
            return getWrapped().redirect(request.getContextPath() + SignInMechanism.SIGN_IN_PAGE
                    + (signedIn.outcome() == SignInResult.Outcome.UNKNOWN ? "?sso=unknown" : "?sso=failed"));
        }
        Set<String> roles = signedIn.roles().stream().map(Role::name).collect(Collectors.toSet());
        getWrapped().setRegisterSession(signedIn.username(), roles);
        AuthenticationStatus status = getWrapped().notifyContainerAboutLogin(signedIn.username(), roles);
        if (status == AuthenticationStatus.SUCCESS) {
            SignedInCheck.signedInNow(request);
        }
        return status;
    }
}
