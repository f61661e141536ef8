package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Late cancellations: working days counted back from the start, in the council's time, at the boundary. */
class CancellationPolicyTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }

    @Test
    void twoWorkingDaysBeforeAMondaySessionIsTheThursdayBefore() {
        // Monday 12 January 2026, 09:30: two working days back skips the weekend.
        assertEquals(at("2026-01-08T09:30"), CancellationPolicy.lateFrom(at("2026-01-12T09:30"), 2, UK));
        assertEquals(at("2026-01-12T09:30"), CancellationPolicy.lateFrom(at("2026-01-14T09:30"), 2, UK), "Wednesday: the Monday");
    }

    @Test
    void theCutOffItselfIsLateAMomentBeforeIsNot() {
        Instant start = at("2026-01-14T09:30");
        Instant cutoff = at("2026-01-12T09:30");
        assertTrue(CancellationPolicy.isLate(cutoff, start, true, BookingStatus.CONFIRMED, 2, UK));
        assertFalse(CancellationPolicy.isLate(cutoff.minusSeconds(1), start, true, BookingStatus.CONFIRMED, 2, UK));
    }

    @Test
    void onlyTheLearnersOwnCancellationOfAPlaceCanBeLate() {
        Instant start = at("2026-01-14T09:30");
        Instant now = at("2026-01-13T12:00");
        assertTrue(CancellationPolicy.isLate(now, start, true, BookingStatus.OFFERED, 2, UK), "an offer held is a place");
        assertFalse(CancellationPolicy.isLate(now, start, false, BookingStatus.CONFIRMED, 2, UK), "the learning team's");
        assertFalse(CancellationPolicy.isLate(now, start, true, BookingStatus.REQUESTED, 2, UK), "no place yet");
        assertFalse(CancellationPolicy.isLate(now, start, true, BookingStatus.WAITLISTED, 2, UK));
    }

    @Test
    void theClockChangeDoesNotMoveTheCutOffsTimeOfDay() {
        // Sessions after the clocks go forward (29 March 2026) keep their local time: 09:30 on the cut-off day.
        assertEquals(at("2026-03-27T09:30"), CancellationPolicy.lateFrom(at("2026-03-31T09:30"), 2, UK));
    }
}
