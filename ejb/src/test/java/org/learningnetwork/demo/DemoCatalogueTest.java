package org.learningnetwork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoCatalogueTest {

    @Test
    void noDemoSessionFallsInTheChristmasClosureOrAtAWeekend() {
        assertEquals(LocalDate.of(2027, 1, 4), DemoCatalogue.workingDay(LocalDate.of(2026, 12, 25)), "Christmas Day: the Monday after New Year");
        assertEquals(LocalDate.of(2027, 1, 4), DemoCatalogue.workingDay(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 12, 7), DemoCatalogue.workingDay(LocalDate.of(2026, 12, 5)), "a Saturday: the Monday");
        assertEquals(LocalDate.of(2026, 12, 23), DemoCatalogue.workingDay(LocalDate.of(2026, 12, 23)), "a Wednesday before the closure");
    }
}
