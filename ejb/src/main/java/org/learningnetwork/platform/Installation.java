package org.learningnetwork.platform;

import jakarta.enterprise.context.Dependent;
import java.net.URI;
import java.time.ZoneId;

/**
 * The council's installation as every feature sees it:
 * <ul>
 *   <li>{@code learningnetwork.base-url} — the address people reach the application at, for links in e-mails, the
 *       calendar feed and single sign-on (default {@code http://localhost:8080/learning});</li>
 *   <li>{@code learningnetwork.time-zone} — the council's time zone: dates and times are shown, days begin and end,
 *       quarters turn and nightly work runs in it (default {@code Europe/London}).</li>
 * </ul>
 */
public final class Installation {

    public static final Setting<String> BASE_URL = Setting.address("learningnetwork.base-url", "http://localhost:8080/learning");

    public static final Setting<ZoneId> TIME_ZONE = Setting.zone("learningnetwork.time-zone", "Europe/London");

    private Installation() {
    }

    /** The application's address without a trailing slash. */
    public static String baseUrl() {
        return BASE_URL.get();
    }

    /** The host in the application's address: it names the application in calendar events' UIDs. */
    public static String host() {
        String host = URI.create(baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    /** The council's time zone. */
    public static ZoneId zone() {
        return TIME_ZONE.get();
    }

    /** The installation's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
