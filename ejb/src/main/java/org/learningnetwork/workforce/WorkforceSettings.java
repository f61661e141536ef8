package org.learningnetwork.workforce;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The workforce settings (docs/configuration.md): {@code learningnetwork.registration.alert-hour} and
 * {@code -minutes}, when alerts of registration renewals and conditions falling due go (07:37 unless set; as an EJB
 * schedule's hour and minute fields, so that a test can have them every minute).
 */
public final class WorkforceSettings {

    /** The hours of the day (council time) at which registration alerts are sent. */
    public static final Setting<String> ALERT_HOUR = Setting.hours("learningnetwork.registration.alert-hour", "7");
    /** The minutes of those hours at which they are sent. */
    public static final Setting<String> ALERT_MINUTES = Setting.minutes("learningnetwork.registration.alert-minutes", "37");

    private WorkforceSettings() {
    }

    /** The workforce settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
