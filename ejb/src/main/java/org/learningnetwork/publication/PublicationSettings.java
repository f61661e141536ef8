package org.learningnetwork.publication;

import jakarta.enterprise.context.Dependent;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * When the training calendar's monthly update is sent (docs/configuration.md): {@code learningnetwork.calendar-update.hour}
 * and {@code learningnetwork.calendar-update.minutes}, in the council's time zone. The timer fires every day at those
 * times and the month's update goes at the first of them in a month (08:05 on the first unless an instance was down);
 * several hours (the default 8-18) let another firing send it when the instance sending it stopped.
 */
public final class PublicationSettings {

    /** The hours of each day at which the month's update goes, if it has not gone. */
    public static final Setting<String> UPDATE_HOUR = Setting.hours("learningnetwork.calendar-update.hour", "8-18");
    /** The minutes of those hours. */
    public static final Setting<String> UPDATE_MINUTES = Setting.minutes("learningnetwork.calendar-update.minutes", "5");

    private PublicationSettings() {
    }

    /** The publication settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
