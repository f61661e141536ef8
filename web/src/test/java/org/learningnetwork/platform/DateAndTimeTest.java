package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateAndTimeTest {

    private static final LocalDate SUMMER = LocalDate.of(2026, 7, 1);

    @Test
    void theCouncilsClockBothWays() {
        DateAndTime typed = new DateAndTime(SUMMER, LocalTime.of(9, 30));
        assertEquals(Instant.parse("2026-07-01T08:30:00Z"), typed.instant(), "British Summer Time");
        DateAndTime shown = DateAndTime.of(Instant.parse("2026-12-01T09:30:00Z"));
        assertEquals(LocalDate.of(2026, 12, 1), shown.getDate());
        assertEquals(LocalTime.of(9, 30), shown.getTime(), "Greenwich Mean Time");
    }

    @Test
    void aTimeTheClocksSkipMovesForward() {
        DateAndTime skipped = new DateAndTime(LocalDate.of(2026, 3, 29), LocalTime.of(1, 30));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), skipped.instant(), "01:30 does not exist that night: 02:30 BST");
    }

    @Test
    void aMissingTimeTakesTheDefaultGivenAndIsNamed() {
        DateAndTime dateOnly = new DateAndTime(SUMMER, null);
        assertTrue(dateOnly.lacksTime());
        assertNull(dateOnly.instant(), "no default: nothing");
        assertEquals(Instant.parse("2026-07-01T22:59:00Z"), dateOnly.instant(LocalTime.of(23, 59)));
        assertFalse(new DateAndTime(SUMMER, LocalTime.NOON).lacksTime());
    }

    @Test
    void nothingTypedIsNothing() {
        DateAndTime empty = DateAndTime.of(null);
        assertNull(empty.getDate());
        assertNull(empty.getTime());
        assertFalse(empty.lacksTime());
        assertNull(empty.instant(LocalTime.MIDNIGHT));
        assertNull(new DateAndTime(null, LocalTime.NOON).instant());
    }

    @Test
    void linesTrimmedWithoutBlanks() {
        assertEquals(List.of("one", "two"), LinesConverter.of("  one \n\n two\r\n   \n"));
        assertEquals(List.of(), new LinesConverter().getAsObject(null, null, ""));
        assertEquals("one\ntwo", new LinesConverter().getAsString(null, null, List.of("one", "two")));
        assertEquals("", new LinesConverter().getAsString(null, null, null));
    }
}
