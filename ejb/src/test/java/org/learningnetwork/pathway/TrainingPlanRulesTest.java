package org.learningnetwork.pathway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningnetwork.pathway.PathwayRules.Completion;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.pathway.TrainingPlanRules.Year;

class TrainingPlanRulesTest {

    private static final Year NEXT = new Year(2027);

    @Test
    void aFinancialYearRunsFromAprilToMarchInQuarters() {
        assertEquals(new Year(2026), Year.of(LocalDate.of(2027, 3, 31)));
        assertEquals(NEXT, Year.of(LocalDate.of(2027, 4, 1)));
        assertEquals("2027-28", NEXT.label());
        assertEquals(LocalDate.of(2028, 4, 1), NEXT.end());
        assertEquals(0, NEXT.quarterOf(LocalDate.of(2027, 4, 1)));
        assertEquals(0, NEXT.quarterOf(LocalDate.of(2027, 6, 30)));
        assertEquals(1, NEXT.quarterOf(LocalDate.of(2027, 7, 1)));
        assertEquals(3, NEXT.quarterOf(LocalDate.of(2028, 3, 31)));
        assertEquals(-1, NEXT.quarterOf(LocalDate.of(2028, 4, 1)));
        assertEquals(-1, NEXT.quarterOf(LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 10, 1), NEXT.quarterStart(2));
    }

    @Test
    void overdueAndNotStartedAskAtOnceAndWhatFallsDueAsksInItsQuarter() {
        Completion done = new Completion(1, LocalDate.of(2024, 9, 1), true);
        assertEquals(0, TrainingPlanRules.demandQuarter(new Standing(PathwayState.OVERDUE, done, LocalDate.of(2026, 9, 1)), NEXT));
        assertEquals(0, TrainingPlanRules.demandQuarter(Standing.NOT_STARTED, NEXT));
        assertEquals(0, TrainingPlanRules.demandQuarter(new Standing(PathwayState.DUE_SOON, done, LocalDate.of(2027, 2, 1)), NEXT),
                "falls due before the year: lapsed by then");
        assertEquals(2, TrainingPlanRules.demandQuarter(new Standing(PathwayState.MET, done, LocalDate.of(2027, 11, 30)), NEXT));
        assertEquals(-1, TrainingPlanRules.demandQuarter(new Standing(PathwayState.MET, done, LocalDate.of(2028, 4, 1)), NEXT));
        assertEquals(-1, TrainingPlanRules.demandQuarter(new Standing(PathwayState.MET, done, null), NEXT), "done once for good");
    }

    @Test
    void anAgreedNeedAsksByItsTargetDateOrAtOnceWithoutOne() {
        assertEquals(0, TrainingPlanRules.needQuarter(null, NEXT));
        assertEquals(0, TrainingPlanRules.needQuarter(LocalDate.of(2026, 12, 1), NEXT));
        assertEquals(3, TrainingPlanRules.needQuarter(LocalDate.of(2028, 1, 15), NEXT));
        assertEquals(-1, TrainingPlanRules.needQuarter(LocalDate.of(2028, 6, 1), NEXT));
    }

    @Test
    void sessionsAreAddedWhereTheQuarterAndThoseBeforeItHaveTooFewPlaces() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, TrainingPlanRules.sessionsToAdd(new int[] {10, 0, 0, 0}, new int[] {10, 0, 0, 0}, 20));
        assertArrayEquals(new int[] {3, 0, 0, 0}, TrainingPlanRules.sessionsToAdd(new int[] {41, 0, 0, 0}, new int[] {0, 0, 0, 0}, 20),
                "41 people at 20 a session: three sessions, not two that leave one person without a place");
        assertArrayEquals(new int[] {2, 0, 0, 0}, TrainingPlanRules.sessionsToAdd(new int[] {41, 0, 0, 0}, new int[] {1, 0, 0, 0}, 20));
    }

    @Test
    void placesLeftOverServeLaterQuartersButNeverEarlierOnes() {
        // 30 places spare after the first quarter cover the second's 25; the 5 left do not cover the fourth's 20.
        assertArrayEquals(new int[] {0, 0, 0, 1}, TrainingPlanRules.sessionsToAdd(new int[] {10, 25, 0, 20}, new int[] {40, 0, 0, 0}, 20));
        // Places only later in the year do not serve people who need them in the first quarter.
        assertArrayEquals(new int[] {1, 0, 0, 0}, TrainingPlanRules.sessionsToAdd(new int[] {15, 0, 0, 0}, new int[] {0, 0, 0, 40}, 20));
        // A session added in a quarter leaves its spare places for the next.
        assertArrayEquals(new int[] {1, 0, 1, 0}, TrainingPlanRules.sessionsToAdd(new int[] {5, 10, 10, 0}, new int[] {0, 0, 0, 0}, 20));
        assertArrayEquals(new int[] {3, 0, 0, 0}, TrainingPlanRules.sessionsToAdd(new int[] {3, 0, 0, 0}, new int[] {0, 0, 0, 0}, 0),
                "a capacity below one counts as one");
    }
}
