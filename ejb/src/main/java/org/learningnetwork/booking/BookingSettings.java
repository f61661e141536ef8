package org.learningnetwork.booking;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The booking rules a partnership may change, read from the server's system properties (set as JVM
 * options on the application server; see docs/configuration.md):
 * <ul>
 *   <li>{@code learningnetwork.booking.offer-hours} — how long a waiting-list offer is held (default 48);</li>
 *   <li>{@code learningnetwork.booking.late-cancellation-working-days} — a learner's cancellation within this
 *       many working days of the session counts as late (default 2; {@link CancellationPolicy});</li>
 *   <li>{@code learningnetwork.booking.approval-link-days} — how long the link sent to a line manager without
 *       an account works (default 14);</li>
 *   <li>{@code learningnetwork.allocation.agency-share} — in an allocation of a note-of-interest session, the most
 *       places one agency may have, per cent of the places (default 50; 100 for no limit);</li>
 *   <li>{@code learningnetwork.allocation.group-share} — likewise for one workforce group (default 100).</li>
 * </ul>
 * The learning team can choose other shares for each allocation.
 */
public final class BookingSettings {

    public static final Setting<Integer> OFFER_HOURS = Setting.number("learningnetwork.booking.offer-hours", 48, 1, Integer.MAX_VALUE);
    public static final Setting<Integer> APPROVAL_LINK_DAYS =
            Setting.number("learningnetwork.booking.approval-link-days", 14, 1, Integer.MAX_VALUE);
    public static final Setting<Integer> AGENCY_SHARE = Setting.number("learningnetwork.allocation.agency-share", 50, 1, 100);
    public static final Setting<Integer> GROUP_SHARE = Setting.number("learningnetwork.allocation.group-share", 100, 1, 100);
    public static final Setting<Integer> LATE_CANCELLATION_WORKING_DAYS =
            Setting.number("learningnetwork.booking.late-cancellation-working-days", 2, 1, Integer.MAX_VALUE);

    /** The minutes of each hour at which reminders go: minutes, ranges of minutes, every minute, or an interval. */
    public static final Setting<String> REMINDER_MINUTES = Setting.minutes("learningnetwork.reminders.minutes", "7");

    private BookingSettings() {
    }

    public static Duration offerLasts() {
        return Duration.ofHours(OFFER_HOURS.get());
    }

    public static Duration approvalLinkLasts() {
        return Duration.ofDays(APPROVAL_LINK_DAYS.get());
    }

    public static int allocationAgencyShare() {
        return AGENCY_SHARE.get();
    }

    public static int allocationGroupShare() {
        return GROUP_SHARE.get();
    }

    public static int lateCancellationWorkingDays() {
        return LATE_CANCELLATION_WORKING_DAYS.get();
    }

    /** The booking settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
