package org.learningnetwork.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;

/** A course's impact figures on hand-made counts with known answers, with nothing to divide by, and the flag's edges. */
class CourseImpactTest {

    private static CourseImpact impact() {
        CourseImpact impact = new CourseImpact(new Quarter(2026, 1), 7);
        impact.delivered(3, 30);
        impact.requests(EvaluationPurpose.END_OF_COURSE, Respondent.LEARNER, 30, 24);
        impact.requests(EvaluationPurpose.FOLLOW_UP, Respondent.LEARNER, 20, 10);
        impact.requests(EvaluationPurpose.FOLLOW_UP, Respondent.LEARNER, 10, 5);
        impact.requests(EvaluationPurpose.FOLLOW_UP, Respondent.MANAGER, 16, 4);
        // 24 answers: satisfaction summing to 100, 20 satisfied; relevance 90 from 24.
        impact.scores(100, 24, 20, 90, 24);
        impact.practice(6, 15, 1, 4);
        impact.outcome(new OutcomeConfidence(1, 24, 60, 96));
        impact.outcome(new OutcomeConfidence(0, 24, 48, 100));
        impact.barrier(new BarrierCount("Workplace culture", 2));
        impact.barrier(new BarrierCount("Workload or time", 7));
        impact.barrier(new BarrierCount("Chance to apply it", 2));
        impact.barrier(new BarrierCount("Support from my manager", 1));
        impact.finish(Instant.EPOCH, 30, 5);
        return impact;
    }

    @Test
    void figuresFromHandMadeCounts() {
        CourseImpact i = impact();
        assertEquals(new BigDecimal("80.0"), i.getEndResponseRate(), "24 of 30");
        assertEquals(new BigDecimal("50.0"), i.getLearnerResponseRate(), "15 of 30 over both follow-ups");
        assertEquals(new BigDecimal("25.0"), i.getManagerResponseRate(), "4 of 16");
        assertEquals(new BigDecimal("4.2"), i.getMeanSatisfaction(), "100 / 24 = 4.17");
        assertEquals(new BigDecimal("83.3"), i.getSatisfiedShare(), "20 of 24");
        assertEquals(new BigDecimal("3.8"), i.getMeanRelevance(), "90 / 24 = 3.75, half up");
        assertEquals(new BigDecimal("1.8"), i.getConfidenceChange(), "(52 + 36) / 48 = 1.83");
        assertEquals(List.of(0, 1), i.getOutcomes().stream().map(OutcomeConfidence::getOutcome).toList(), "by position");
        assertEquals(new BigDecimal("2.2"), i.getOutcomes().get(0).getMeanChange(), "52 / 24 = 2.17");
        assertEquals(new BigDecimal("2.0"), i.getOutcomes().get(0).getMeanBefore());
        assertEquals(new BigDecimal("4.0"), i.getOutcomes().get(1).getMeanNow());
        assertEquals(new BigDecimal("40.0"), i.getLearnersChangedShare(), "6 of 15");
        assertEquals(new BigDecimal("25.0"), i.getManagersChangedShare(), "1 of 4");
        assertEquals(new BigDecimal("36.8"), i.getPracticeChangedShare(), "7 of 19");
        assertEquals(List.of("Workload or time", "Chance to apply it", "Workplace culture"),
                i.getTopBarriers().stream().map(BarrierCount::getBarrier).toList(), "most often first, ties by name, three at most");
        assertEquals("Workload or time (7); Chance to apply it (2); Workplace culture (2)", ImpactColumns.topBarriers(i));
        assertTrue(i.isFlagged(), "83.3 % satisfied, 36.8 % changed: 46.5 points apart");
    }

    @Test
    void nothingToDivideByIsNoData() {
        CourseImpact i = new CourseImpact(new Quarter(2026, 1), 7);
        i.finish(Instant.EPOCH, 30, 5);
        assertNull(i.getEndResponseRate());
        assertNull(i.getLearnerResponseRate());
        assertNull(i.getManagerResponseRate());
        assertNull(i.getMeanSatisfaction());
        assertNull(i.getSatisfiedShare());
        assertNull(i.getMeanRelevance());
        assertNull(i.getConfidenceChange());
        assertNull(i.getPracticeChangedShare());
        assertEquals("", ImpactColumns.topBarriers(i));
        assertFalse(i.isFlagged());
        assertEquals("no data", ImpactColumns.ALL.get(2).text(i));
    }

    @Test
    void theFlagNeedsEnoughAnswersAndAGapOfAtLeastTheSetPoints() {
        // 80 % satisfied (8 of 10); 50 % changed (5 of 10): exactly 30 points apart.
        assertTrue(CourseImpact.lowPracticeChange(8, 10, 5, 10, 30, 5), "exactly the gap flags");
        assertFalse(CourseImpact.lowPracticeChange(8, 10, 5, 10, 31, 5), "one point short");
        assertFalse(CourseImpact.lowPracticeChange(8, 10, 2, 4, 30, 5), "four answers are fewer than five");
        assertTrue(CourseImpact.lowPracticeChange(8, 10, 2, 5, 30, 5), "five answers, 40 points apart");
        assertFalse(CourseImpact.lowPracticeChange(0, 0, 0, 10, 30, 5), "no end-of-course scores: nothing to compare");
        assertFalse(CourseImpact.lowPracticeChange(8, 10, 0, 0, 30, 0), "no follow-up answers, whatever the minimum");
        // 2 of 3 satisfied (66.67 %), 1 of 3 changed (33.33 %): 33.3 points, exact arithmetic without rounding.
        assertTrue(CourseImpact.lowPracticeChange(2, 3, 1, 3, 33, 3));
        assertFalse(CourseImpact.lowPracticeChange(2, 3, 1, 3, 34, 3));
    }
}
