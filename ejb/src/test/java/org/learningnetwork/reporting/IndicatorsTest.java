package org.learningnetwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Indicators;
import org.learningnetwork.figures.Quarter;

/** Every indicator on hand-made figures with known answers, and with nothing to divide by. */
class IndicatorsTest {

    private static KpiFigure figure() {
        KpiFigure figure = new KpiFigure(new KpiFigureKey(new Quarter(2026, 1), "CHILD_PROTECTION_COMMITTEE", KpiDimension.ALL, "ALL"));
        figure.addSessions(4, 80);
        // 60 places taken: 45 attended, 6 in part, 9 did not come; 3 late cancellations; 7 still waiting.
        figure.addBookings(60, 45, 6, 9, 3, 7, 48 * 2500L);
        figure.reached(48, 12);
        figure.addTrainingHours(new BigDecimal("280.50"));
        figure.addEvaluations(51, 34);
        // Satisfaction: 34 answers summing to 143; confidence: 68 outcome pairs, total change 95.
        figure.addAnswers(143, 34, 95, 68, 9, 12, 5, 8);
        return figure;
    }

    @Test
    void indicatorsFromHandMadeFigures() {
        KpiFigure f = figure();
        assertEquals(new BigDecimal("75.0"), f.getFillRate(), "60 of 80 places");
        assertEquals(new BigDecimal("85.0"), f.getAttendanceRate(), "51 of 60");
        assertEquals(new BigDecimal("15.0"), f.getDidNotAttendRate(), "9 of 60");
        assertEquals(7, f.getUnmetDemand());
        assertEquals(new BigDecimal("25.00"), f.getCostPerLearner(), "£25 a place for each of 48 learners");
        assertEquals(new BigDecimal("66.7"), f.getResponseRate(), "34 of 51, rounded half up");
        assertEquals(new BigDecimal("4.2"), f.getMeanSatisfaction(), "143 / 34 = 4.205...");
        assertEquals(new BigDecimal("1.4"), f.getConfidenceChange(), "95 / 68 = 1.397...");
        assertEquals(new BigDecimal("75.0"), f.getLearnersPracticeChanged(), "9 of 12");
        assertEquals(new BigDecimal("62.5"), f.getManagersPracticeChanged(), "5 of 8");
    }

    @Test
    void nothingToDivideByGivesNoFigure() {
        KpiFigure empty = new KpiFigure(new KpiFigureKey(new Quarter(2026, 1), "MAPPA_GROUP", KpiDimension.AGENCY, "50"));
        assertNull(empty.getFillRate(), "no session figures for an agency");
        assertNull(empty.getAttendanceRate());
        assertNull(empty.getDidNotAttendRate());
        assertNull(empty.getCostPerLearner());
        assertNull(empty.getResponseRate());
        assertNull(empty.getMeanSatisfaction());
        assertNull(empty.getConfidenceChange());
        assertNull(empty.getLearnersPracticeChanged());
        assertNull(empty.getManagersPracticeChanged());
        empty.addSessions(0, 0);
        assertNull(empty.getFillRate(), "no places offered");
        assertEquals(new BigDecimal("-0.5"), Indicators.mean(-1, 2), "confidence can fall");
        assertEquals(new BigDecimal("0.0"), Indicators.percent(0, 3));
        assertEquals(new BigDecimal("33.3"), Indicators.percent(1, 3));
        assertEquals(new BigDecimal("0.33"), Indicators.poundsEach(100, 3));
    }
}
