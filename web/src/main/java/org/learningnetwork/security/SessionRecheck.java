package org.learningnetwork.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.learningnetwork.access.Role;

/**
 * The rules by which a signed-in session is held to its account as it is now ({@link SignedInCheck}): when the account
 * is read again, whether the session may go on, and how a request is told that it may not.
 */
final class SessionRecheck {

    /** How a request whose session has ended is answered. */
    enum Answer {
        /** A program calling the API: 401, "sign in first". */
        API,
        /** A page's part sent by script (a Faces partial request): told to go to the sign-in page. */
        PARTIAL_PAGE,
        /** A page, shown or sent: sent to the sign-in page (303). */
        PAGE
    }

    /** The parameter of the sign-in page saying why the browser is there. */
    static final String SIGNED_OUT = "signedOut";

    /** Its value when the session ended because the account changed. */
    static final String ACCOUNT_CHANGED = "changed";

    private SessionRecheck() {
    }

    /** Whether a request for {@code path} is one to check on: a page or the API, not a style sheet, script or image. */
    static boolean checkedOn(String path) {
        return !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/");
    }

    /** Whether the account is read again: never read for this session, or last read {@code every} ago or longer. */
    static boolean due(Instant lastRead, Instant now, Duration every) {
        return lastRead == null || !now.isBefore(lastRead.plus(every));
    }

    /**
     * Whether the session, signed in at {@code signedInAt} with the roles {@code signedInWith}, goes on: its account is
     * active (the roles it holds while active, {@code now}, are not empty), holds exactly the roles the session signed
     * in with, and its sessions have not been ended since the session signed in ({@code sessionsEndedAt}, {@code null}:
     * never). A role taken away ends the session at once; so does one given, so that signing in again brings it.
     */
    static boolean goesOn(Set<Role> signedInWith, Instant signedInAt, Set<Role> now, Instant sessionsEndedAt) {
        return !now.isEmpty() && now.equals(signedInWith) && (sessionsEndedAt == null || !signedInAt.isBefore(sessionsEndedAt));
    }

    /** How a request for {@code path} is answered, from its {@code Faces-Request} header ({@code null}: none). */
    static Answer answer(String path, String facesRequest) {
        if (path.startsWith("/api/")) {
            return Answer.API;
        }
        return "partial/ajax".equals(facesRequest) ? Answer.PARTIAL_PAGE : Answer.PAGE;
    }

    /** The sign-in page, saying why, and continuing to the page asked for ({@code query} {@code null}: none). */
    static String signInAgain(String contextPath, String path, String query) {
        String asked = query == null ? path : path + "?" + query;
        return contextPath + SignInMechanism.SIGN_IN_PAGE + "?" + SIGNED_OUT + "=" + ACCOUNT_CHANGED + "&continue="
                + URLEncoder.encode(asked, StandardCharsets.UTF_8);
    }

    /** A Faces partial response sending the browser to {@code url} (a path of this application, given by {@link #signInAgain}). */
    static String partialRedirect(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></redirect></partial-response>";
    }
}
