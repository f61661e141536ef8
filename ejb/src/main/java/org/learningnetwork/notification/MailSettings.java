package org.learningnetwork.notification;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The mail settings a server may change, read from its system properties (JVM options; see docs/configuration.md):
 * <ul>
 *   <li>{@code learningnetwork.mail.resource} — the JNDI name of the server's mail session
 *       (default {@code mail/learningnetwork});</li>
 *   <li>{@code learningnetwork.mail.max-attempts} — how often an e-mail is tried before it is given up
 *       (default 40: with pauses growing to an hour, about a day and a half).</li>
 * </ul>
 * The address in the mails' links is the installation's ({@code Installation.baseUrl()}).
 */
public final class MailSettings {

    public static final Setting<String> RESOURCE = Setting.text("learningnetwork.mail.resource", "mail/learningnetwork");
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.number("learningnetwork.mail.max-attempts", 40, 1, Integer.MAX_VALUE);

    private MailSettings() {
    }

    public static String resource() {
        return RESOURCE.get();
    }

    public static int maxAttempts() {
        return MAX_ATTEMPTS.get();
    }

    /** The mail settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
