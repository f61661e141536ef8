package org.learningnetwork.security;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * How long the links that set a password work: an invitation {@code learningnetwork.accounts.invitation-days} (7), a
 * forgotten password's link {@code learningnetwork.accounts.reset-minutes} (60), the first administrator's a day.
 */
public final class AccountSettings {

    public static final Setting<Integer> INVITATION_DAYS = Setting.number("learningnetwork.accounts.invitation-days", 7, 1, 60);
    public static final Setting<Integer> RESET_MINUTES = Setting.number("learningnetwork.accounts.reset-minutes", 60, 5, 24 * 60);

    /** The first administrator's work e-mail: an installation with no administrator sends them a link to set a password. */
    public static final Setting<String> FIRST_ADMINISTRATOR_EMAIL = Setting.text("learningnetwork.first-administrator.email", null);
    /** The first administrator's username (their e-mail unless set). */
    public static final Setting<String> FIRST_ADMINISTRATOR_USERNAME = Setting.text("learningnetwork.first-administrator.username", null);

    private AccountSettings() {
    }

    public static Duration lasts(AccountLink.Purpose purpose) {
        return switch (purpose) {
            case INVITATION -> Duration.ofDays(INVITATION_DAYS.get());
            case RESET -> Duration.ofMinutes(RESET_MINUTES.get());
            case FIRST_ADMINISTRATOR -> Duration.ofDays(1);
        };
    }

    /** The account settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
