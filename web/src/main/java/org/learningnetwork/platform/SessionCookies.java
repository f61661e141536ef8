package org.learningnetwork.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;

/**
 * Marks the session cookie {@code Secure} when people reach the application over HTTPS: when
 * {@code learningnetwork.secure-cookies} is {@code true}, or, when it is not set, when {@code learningnetwork.base-url}
 * starts with {@code https:}. GlassFish and Payara also mark it on their own whenever the request that began the session
 * came over HTTPS. {@code SameSite=Lax} and {@code HttpOnly} are set in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    /** Whether cookies are marked {@code Secure}; unless set, whether the base URL is https. */
    static final Setting<Boolean> SECURE = Setting.flag("learningnetwork.secure-cookies", null);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        if (secure(SECURE.get(), Installation.baseUrl())) {
            cookie.setSecure(true);
        }
    }

    /** Whether cookies are to be marked {@code Secure}, by the server's settings. */
    public static boolean secure() {
        return secure(SECURE.get(), Installation.baseUrl());
    }

    static boolean secure(Boolean setting, String baseUrl) {
        if (setting != null) {
            return setting;
        }
        return baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
