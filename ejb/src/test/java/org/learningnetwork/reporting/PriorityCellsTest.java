package org.learningnetwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.learningnetwork.strategy.Priority;
import org.learningnetwork.strategy.PriorityFigures.Quarterly;
import org.learningnetwork.strategy.TargetProgress;

class PriorityCellsTest {

    private static Quarterly row(long attended, Double satisfaction, long answers) {
        return new Quarterly(new Priority(), 2, attended, satisfaction, answers, new TargetProgress(3, 2, 1));
    }

    @Test
    void figuresAboutFewPeopleAreNotShown() {
        assertEquals(12L, PriorityCells.attended(row(12, 4.25, 9), 5));
        assertEquals(new BigDecimal("4.3"), PriorityCells.satisfaction(row(12, 4.25, 9), 5));
        assertEquals("fewer than 5", PriorityCells.attended(row(3, 4.0, 3), 5));
        assertEquals("fewer than 5", PriorityCells.satisfaction(row(12, 4.0, 3), 5), "too few answered");
        assertEquals(0L, PriorityCells.attended(row(0, null, 0), 5), "nobody is not a small number");
        assertNull(PriorityCells.satisfaction(row(0, null, 0), 5));
        assertEquals("no data", PriorityCells.text(null));
    }

    @Test
    void theYearIsSaidInWords() {
        assertEquals("2 held, 1 planned of 3 wanted: on track", PriorityCells.year(new TargetProgress(3, 2, 1)));
        assertEquals("3 held of 3 wanted: met", PriorityCells.year(new TargetProgress(3, 3, 0)));
        assertEquals("1 held, 0 planned of 4 wanted: 3 more to plan", PriorityCells.year(new TargetProgress(4, 1, 0)));
        assertEquals("5 held, 2 planned", PriorityCells.year(new TargetProgress(null, 5, 2)));
    }
}
