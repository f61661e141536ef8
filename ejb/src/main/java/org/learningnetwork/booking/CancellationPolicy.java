package org.learningnetwork.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a learner's cancellation is late: within {@code workingDays} working days (Monday to Friday) before the
 * session starts, counted back from its start time in the council's time zone. A late cancellation is recorded on the
 * booking (the committees' figures count them); it is not refused. Only the learner's own cancellation of a booking
 * that holds a place can be late: the learning team's cancellations and requests still waiting never are.
 */
public final class CancellationPolicy {

    private CancellationPolicy() {
    }

    /** The moment from which cancelling a place on a session starting at {@code start} is late. */
    public static Instant lateFrom(Instant start, int workingDays, ZoneId zone) {
        ZonedDateTime cutoff = start.atZone(zone);
        for (int days = workingDays; days > 0; ) {
            cutoff = cutoff.minusDays(1);
            if (cutoff.getDayOfWeek() != DayOfWeek.SATURDAY && cutoff.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return cutoff.toInstant();
    }

    /** Whether a cancellation at {@code now} is late: the learner's own, of a booking holding a place, from the cut-off on. */
    public static boolean isLate(Instant now, Instant start, boolean own, BookingStatus status, int workingDays, ZoneId zone) {
        return own && status.holdsPlace() && !now.isBefore(lateFrom(start, workingDays, zone));
    }
}
