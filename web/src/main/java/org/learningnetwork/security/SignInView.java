package org.learningnetwork.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;

/**
 * The sign-in form. A failure never says whether the username or the password was wrong; a locked
 * account is told until when.
 */
@Named
@RequestScoped
public class SignInView {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK)
            .withZone(Installation.zone());

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(Installation.zone());

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInService signIns;

    @Inject
    private Messages messages;

    @Inject
    private SignInThrottles throttles;

    private String username;
    private String password;
    private String continueTo;

    @PostConstruct
    void init() {
        java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        continueTo = SafeRedirect.localPath(parameters.get("continue")).orElse(null);
    }

    /**
     * Signs in; a client address that failed too often lately waits first ({@link SignInThrottle}): its attempt is
     * answered with 429 and the time to try again, without looking at the password.
     */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), ClientAddress.trustedProxies());
        java.util.Optional<java.time.Instant> wait = throttles.waitUntil(client);
        if (wait.isPresent()) {
            password = null;
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(Math.max(1,
                    java.time.Duration.between(java.time.Instant.now(), wait.get()).toSeconds() + 1)));
            messages.error(null, "signIn.throttled", SECONDS.format(wait.get()));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // A new session id on sign-in, so a session id planted before sign-in is worthless.
                request.changeSessionId();
                TrustedDevices.setCookie(request, (HttpServletResponse) external.getResponse());
                external.redirect(external.getRequestContextPath() + (continueTo == null ? "/my/index.xhtml" : continueTo));
            }
            default -> {
                throttles.failed(client);
                if (Boolean.TRUE.equals(request.getAttribute(AccountIdentityStore.UNKNOWN))) {
                    messages.error(null, "signIn.unknown");
                    return;
                }
                signIns.lockedUntil(username).ifPresentOrElse(
                        until -> messages.error(null, "signIn.locked", TIME.format(until)),
                        () -> messages.error(null, "signIn.failed"));
            }
        }
    }

    /**
     * Says why the browser is on the sign-in page: back from single sign-on that did not sign anyone in
     * ({@code ?sso=unknown|failed}, in the error summary), or signed out because the account changed
     * ({@code ?signedOut=changed}, a notice; see {@link SignedInCheck}).
     */
    public void whyHere() {
        java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (SessionRecheck.ACCOUNT_CHANGED.equals(parameters.get(SessionRecheck.SIGNED_OUT))) {
            messages.notice("signIn.accountChanged");
        }
        String sso = parameters.get("sso");
        if ("unknown".equals(sso)) {
            messages.error(null, "signIn.unknown");
        } else if ("failed".equals(sso)) {
            messages.error(null, "signIn.ssoFailed");
        }
    }

    /** Where to go after signing in: a path inside the application, or {@code null} for the user's home page. */
    public String getContinueTo() {
        return continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
