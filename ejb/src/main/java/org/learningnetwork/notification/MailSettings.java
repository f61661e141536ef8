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
 *       (default 40: with pauses growing to an hour, about a day and a half);</li>
 *   <li>{@code learningnetwork.mail.organiser} — the address calendar invitations name as their organiser, where
 *       replies to them go (default {@code learning-network@} the installation's host).</li>
 * </ul>
 * The address in the mails' links is the installation's ({@code Installation.baseUrl()}).
 */
public final class MailSettings {

    public static final Setting<String> RESOURCE = Setting.text("learningnetwork.mail.resource", "mail/learningnetwork");
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.number("learningnetwork.mail.max-attempts", 40, 1, Integer.MAX_VALUE);
    public static final Setting<String> ORGANISER = Setting.of("learningnetwork.mail.organiser", null, "an e-mail address", value -> {
        if (!value.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an address");
        }
        return value;
    });

    private MailSettings() {
    }

    public static String resource() {
        return RESOURCE.get();
    }

    /** The organiser of calendar invitations: the setting, or learning-network@ the installation's host. */
    public static String organiser() {
        String set = ORGANISER.get();
        return set != null ? set : "learning-network@" + org.learningnetwork.platform.Installation.host();
    }

    public static int maxAttempts() {
        return MAX_ATTEMPTS.get();
    }

    /** The mail settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
