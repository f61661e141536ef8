package org.learningnetwork.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.learningnetwork.platform.Settings;

/**
 * The booking rules a partnership may change, read from the server's system properties (set as JVM
 * options on the application server; see the README):
 * <ul>
 *   <li>{@code learningnetwork.booking.offer-hours} — how long a waiting-list offer is held (default 48);</li>
 *   <li>{@code learningnetwork.booking.late-cancellation-working-days} — a learner's cancellation within this
 *       many working days of the session counts as late (default 2);</li>
 *   <li>{@code learningnetwork.booking.approval-link-days} — how long the link sent to a line manager without
 *       an account works (default 14);</li>
 *   <li>{@code learningnetwork.allocation.agency-share} — in an allocation of a note-of-interest session, the most
 *       places one agency may have, per cent of the places (default 50; 100 for no limit);</li>
 *   <li>{@code learningnetwork.allocation.group-share} — likewise for one workforce group (default 100).</li>
 * </ul>
 * The learning team can choose other shares for each allocation.
 */
public final class BookingSettings {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private BookingSettings() {
    }

    public static Duration offerLasts() {
        return Duration.ofHours(Settings.positive("learningnetwork.booking.offer-hours", 48));
    }

    public static Duration approvalLinkLasts() {
        return Duration.ofDays(Settings.positive("learningnetwork.booking.approval-link-days", 14));
    }

    public static int allocationAgencyShare() {
        return Math.min(100, Settings.positive("learningnetwork.allocation.agency-share", 50));
    }

    public static int allocationGroupShare() {
        return Math.min(100, Settings.positive("learningnetwork.allocation.group-share", 100));
    }

    public static int lateCancellationWorkingDays() {
        return Settings.positive("learningnetwork.booking.late-cancellation-working-days", 2);
    }

    /** The moment after which cancelling a place on a session starting at {@code start} is late. */
    public static Instant lateCancellationFrom(Instant start) {
        ZonedDateTime cutoff = start.atZone(UK);
        for (int days = lateCancellationWorkingDays(); days > 0; ) {
            cutoff = cutoff.minusDays(1);
            if (cutoff.getDayOfWeek() != DayOfWeek.SATURDAY && cutoff.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return cutoff.toInstant();
    }
}
