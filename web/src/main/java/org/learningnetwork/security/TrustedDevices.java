package org.learningnetwork.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.learningnetwork.platform.SessionCookies;

/**
 * The cookie by which a browser someone signed in from is known again ({@link TrustedDevice}): a random token, kept
 * {@value #DAYS} days, sent only to the application's path, never to scripts, only over HTTPS where the session cookie
 * is, and not with requests from other sites.
 */
public final class TrustedDevices {

    static final String COOKIE = "LN_DEVICE";
    static final int DAYS = 180;
    private static final String ISSUED = "learningnetwork.device.issued";

    private TrustedDevices() {
    }

    /** The token the browser presents, if any. */
    static String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Keeps a new token for the response of this request. */
    static void issued(HttpServletRequest request, String token) {
        if (token != null) {
            request.setAttribute(ISSUED, token);
        }
    }

    /** Sets the cookie of a token issued in this request, if one was. */
    static void setCookie(HttpServletRequest request, HttpServletResponse response) {
        Object token = request.getAttribute(ISSUED);
        if (token instanceof String value && value.matches("[A-Za-z0-9_-]{20,100}")) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=" + path + "; Max-Age="
                    + Duration.ofDays(DAYS).toSeconds() + "; HttpOnly; SameSite=Lax" + (SessionCookies.secure() || request.isSecure() ? "; Secure" : ""));
        }
    }
}
