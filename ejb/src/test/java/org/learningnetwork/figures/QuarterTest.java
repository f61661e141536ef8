package org.learningnetwork.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RejectedException;

class QuarterTest {

    @Test
    void quartersFollowTheUkFinancialYear() {
        assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 6, 30)));
        assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 7, 1)));
        assertEquals(new Quarter(2026, 3), Quarter.of(LocalDate.of(2026, 12, 31)));
        assertEquals(new Quarter(2025, 4), Quarter.of(LocalDate.of(2026, 1, 1)));
        assertEquals(new Quarter(2025, 4), Quarter.of(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2027, 1, 1), new Quarter(2026, 4).firstDay());
        assertEquals(LocalDate.of(2027, 4, 1), new Quarter(2026, 4).endExclusive());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
    }

    @Test
    void codesAreReadAndMalformedOnesRefused() {
        assertEquals(Optional.of(new Quarter(2026, 2)), Quarter.parse("2026-Q2"));
        assertEquals(Optional.of(new Quarter(2026, 2)), Quarter.parse(" 2026-q2 "));
        assertEquals("2026-Q2", new Quarter(2026, 2).code());
        for (String bad : new String[] {null, "", "2026", "2026-Q5", "2026-Q0", "26-Q1", "1999-Q1", "2026Q1", "Q1-2026", "2026-Q1x"}) {
            assertEquals(Optional.empty(), Quarter.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void theFirstWorkingDayAfterTheQuarterSkipsTheWeekend() {
        // 30 June 2029 is a Saturday: 1 July a Sunday, so Monday 2 July.
        assertEquals(LocalDate.of(2029, 7, 2), new Quarter(2029, 1).firstWorkingDayAfter());
        assertEquals(LocalDate.of(2026, 7, 1), new Quarter(2026, 1).firstWorkingDayAfter());
    }

    @Test
    void aQuarterIsInTheFutureWhenItHasNotStarted() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertFalse(new Quarter(2026, 3).isFuture(today), "the current quarter");
        assertTrue(new Quarter(2026, 4).isFuture(today));
        assertFalse(new Quarter(2026, 2).isFuture(today));
    }

    @Test
    void aQuarterToWorkOutMustBeWellFormedAndBegun() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals(new Quarter(2026, 3), Quarter.begun(" 2026-q3 ", day));
        assertEquals(new Quarter(2025, 4), Quarter.begun("2025-Q4", day));
        RejectedException malformed = assertThrows(
                RejectedException.class, () -> Quarter.begun("2026-Q5", day));
        assertEquals("quarter kpi.quarter.invalid", malformed.getProblems().get(0).field() + " " + malformed.getProblems().get(0).messageKey());
        RejectedException future = assertThrows(
                RejectedException.class, () -> Quarter.begun("2026-Q4", day));
        assertEquals("kpi.quarter.future", future.getProblems().get(0).messageKey());
        assertThrows(RejectedException.class, () -> Quarter.begun(null, day));
    }
}
