package org.learningnetwork.pathway;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The pathway settings (docs/configuration.md): {@code learningnetwork.pathway.due-soon-days}, how many days before a
 * requirement is due again it shows as due soon and its holder and their manager are reminded (default 90);
 * {@code learningnetwork.pathway.reminder-hour} and {@code learningnetwork.pathway.reminder-minutes}, when the reminders go
 * (at 07:23 unless set; as an EJB schedule's hour and minute fields, so that a test can have them every minute).
 */
public final class PathwaySettings {

    public static final Setting<Integer> DUE_SOON_DAYS = Setting.number("learningnetwork.pathway.due-soon-days", 90, 0, 730);
    /** The hours of the day (council time) at which reminders of requirements falling due or lapsed are sent. */
    public static final Setting<String> REMINDER_HOUR = Setting.hours("learningnetwork.pathway.reminder-hour", "7");
    /** The minutes of those hours at which they are sent. */
    public static final Setting<String> REMINDER_MINUTES = Setting.minutes("learningnetwork.pathway.reminder-minutes", "23");

    private PathwaySettings() {
    }

    /** The pathway settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
