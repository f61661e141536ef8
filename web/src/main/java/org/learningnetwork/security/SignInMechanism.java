package org.learningnetwork.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.RequestGuard;
import org.learningnetwork.platform.SecurityHeadersFilter;

/**
 * Form sign-in on the application's own page. A visitor who is not signed in and asks for a protected
 * page is sent to {@code /sign-in.xhtml?continue=PATH}; the sign-in form passes the username and password
 * here (through {@code SecurityContext.authenticate}), the identity stores check them, and the signed-in
 * state is kept in the HTTP session until sign-out or the session times out.
 */
@ApplicationScoped
@AutoApplySession
// Chosen over Jakarta Security's OpenID Connect mechanism, which SingleSignOn defines and this one hands the single
// sign-on requests to (Jakarta Security 3 lets an application have one mechanism).
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@DeclareRoles({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIns;

    @Inject
    private BeanManager beans;

    private volatile HttpAuthenticationMechanism openIdConnect;

    /** Jakarta Security's OpenID Connect mechanism: the other mechanism bean there is (see {@link SingleSignOn}). */
    private HttpAuthenticationMechanism openIdConnect() {
        HttpAuthenticationMechanism found = openIdConnect;
        if (found == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !SignInMechanism.class.equals(b.getBeanClass()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism: see SingleSignOn"));
            found = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            openIdConnect = found;
        }
        return found;
    }

    /** Answers a program calling the API without being signed in: 401, "sign in first", not a page to sign in on. */
    static void askToSignIn(HttpServletRequest request, HttpServletResponse response) {
        try {
            SecurityHeadersFilter.apply(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"Sign in first.\"}");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws jakarta.security.enterprise.AuthenticationException {
        try {
            if (RequestGuard.refusedAsTooLarge(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.equals(SingleSignOn.START) || path.equals(SingleSignOn.CALLBACK)) && SingleSignOn.configured()) {
            return openIdConnect().validateRequest(request, response, new SingleSignOnContext(context, request, signIns));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            AuthenticationStatus status = context.notifyContainerAboutLogin(identityStores.validate(credential));
            if (status == AuthenticationStatus.SUCCESS) {
                SignedInCheck.signedInNow(request);
            }
            return status;
        }
        if (context.isProtected()) {
            if (path.startsWith("/api/")) {
                askToSignIn(request, response);
                // The answer is written and sent: with SEND_FAILURE WildFly would replace it with its own error page.
                return AuthenticationStatus.SEND_CONTINUE;
            }
            String query = request.getQueryString();
            String target = query == null ? path : path + "?" + query;
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
