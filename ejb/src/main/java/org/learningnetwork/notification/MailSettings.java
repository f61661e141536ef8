package org.learningnetwork.notification;

import java.net.URI;

/**
 * The mail settings a server may change, read from its system properties (JVM options; see the README):
 * <ul>
 *   <li>{@code learningnetwork.base-url} — the address people reach the application at, for links in
 *       e-mails (default {@code http://localhost:8080/learning});</li>
 *   <li>{@code learningnetwork.mail.resource} — the JNDI name of the server's mail session
 *       (default {@code mail/learningnetwork});</li>
 *   <li>{@code learningnetwork.mail.max-attempts} — how often an e-mail is tried before it is given up
 *       (default 40: with pauses growing to an hour, about a day and a half).</li>
 * </ul>
 */
public final class MailSettings {

    private MailSettings() {
    }

    /** The application's address without a trailing slash. */
    public static String baseUrl() {
        String url = System.getProperty("learningnetwork.base-url", "http://localhost:8080/learning").trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** The host in the application's address: it names the application in calendar events' UIDs. */
    public static String host() {
        String host = URI.create(baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    public static String resource() {
        return System.getProperty("learningnetwork.mail.resource", "mail/learningnetwork");
    }

    public static int maxAttempts() {
        try {
            int value = Integer.parseInt(System.getProperty("learningnetwork.mail.max-attempts", "40").trim());
            return value > 0 ? value : 40;
        } catch (NumberFormatException e) {
            return 40;
        }
    }
}
