package org.learningnetwork.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.learningnetwork.access.Role;

/**
 * Holds a signed-in session to its account as it is now. The container fixes a session's roles when it signs in; an
 * administrator who disables an account, or takes a role from it, expects that to count at once, not at the holder's
 * next sign-in. So on a signed-in request for a page or the API, at most every
 * {@code learningnetwork.session.account-check-seconds} (60 unless set) for a session, the account is read again
 * ({@link SignInService#callerAccountNow}); when it is no longer active, holds other roles than the session's, or its
 * sessions were ended after this one signed in (its password changed, or an administrator signed it out everywhere),
 * the session ends and the request is answered as one that is not signed in: a page goes to the sign-in page, which
 * says why, an API call gets 401 ({@link SessionRecheck}).
 *
 * <p>The time a session signed in is kept in its attribute {@link #SIGNED_IN_AT}, set by the sign-in
 * ({@link #signedInNow}); the times compared come from the instances' clocks, which are to be kept in step (as for the
 * timers).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignedInCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignedInCheck.class.getName());

    /** The session's attribute holding when its account was last read. */
    static final String READ_AT = "learningnetwork.account-read-at";

    /** The session's attribute holding when it signed in (or last changed its account's password). */
    static final String SIGNED_IN_AT = "learningnetwork.signed-in-at";

    @EJB
    private SignInService signIns;

    /**
     * Marks the request's session as signed in now: called when a sign-in succeeds, and when the caller changes their
     * password, so that the session they changed it in goes on while their others end.
     */
    static void signedInNow(HttpServletRequest request) {
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getUserPrincipal() == null ? null : request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && SessionRecheck.checkedOn(path)) {
            Instant now = Instant.now();
            try {
                Object readAt = session.getAttribute(READ_AT);
                if (SessionRecheck.due(readAt instanceof Instant at ? at : null, now,
                        Duration.ofSeconds(SignInSettings.ACCOUNT_CHECK_SECONDS.get()))) {
                    Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
                    if (signedInAt == null) {
                        // signed in before this check began to mark sessions: counted from its first check
                        signedInAt = now;
                        session.setAttribute(SIGNED_IN_AT, now);
                    }
                    AccountNow account = signIns.callerAccountNow();
                    if (!SessionRecheck.goesOn(rolesOf(request), signedInAt, account.roles(), account.sessionsEndedAt())) {
                        end(request, response, session, path);
                        return;
                    }
                    session.setAttribute(READ_AT, now);
                }
            } catch (IllegalStateException endedMeanwhile) {
                // another request of the session ended it since this one began
                end(request, response, session, path);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<Role> rolesOf(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String path)
            throws IOException, ServletException {
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another request of the session ended it first
        }
        LOG.fine("A signed-in session ended: its account was disabled, its roles changed or its sessions were ended");
        switch (SessionRecheck.answer(path, request.getHeader("Faces-Request"))) {
            case API -> SignInMechanism.askToSignIn(request, response);
            case PARTIAL_PAGE -> {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(SessionRecheck.partialRedirect(
                        SessionRecheck.signInAgain(request.getContextPath(), path, request.getQueryString())));
            }
            case PAGE -> {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", SessionRecheck.signInAgain(request.getContextPath(), path, request.getQueryString()));
            }
        }
    }
}
