package org.learningnetwork.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;
import org.learningnetwork.workforce.WorkforcePlan.Agency;
import org.learningnetwork.workforce.WorkforcePlan.Condition;
import org.learningnetwork.workforce.WorkforcePlan.Expected;
import org.learningnetwork.workforce.WorkforcePlan.QualificationRef;
import org.learningnetwork.workforce.WorkforcePlan.Registered;

class WorkforcePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final QualificationRef SVQ3 = new QualificationRef("SVQ3", "SVQ 3", 7);
    private static final QualificationRef BA = new QualificationRef("BA_SW", "Degree", 10);
    private static final Agency COUNCIL = new Agency(1, "Angus Council", Set.of("East"));
    private static final Agency CHARITY = new Agency(2, "Housing charity", Set.of("East", "North"));

    @Test
    void qualifiersAreCountedByQuarterAndFinancialYear() {
        WorkforcePlan.Report report = WorkforcePlan.of(TODAY, List.of(SVQ3, BA), List.of(COUNCIL, CHARITY), List.of(
                new Expected("SVQ3", 1, LocalDate.of(2027, 6, 30), 3),
                new Expected("SVQ3", 2, LocalDate.of(2027, 7, 1), 2),
                new Expected("SVQ3", 2, LocalDate.of(2028, 1, 15), 1),
                new Expected("SVQ3", 1, LocalDate.of(2027, 5, 1), 9),
                new Expected("SVQ3", 1, LocalDate.of(2029, 4, 1), 4)), List.of(), List.of());
        assertEquals(Quarter.of(TODAY), report.quarters().get(0));
        assertEquals(8, report.quarters().size());
        assertEquals(List.of(2027, 2028), report.years());
        WorkforcePlan.QualifierRow svq3 = report.qualifiers().get(0);
        // Past the expected date, or beyond the eight quarters: not counted. Nobody works towards the degree: no row.
        assertEquals(List.of(3L, 2L, 0L, 1L, 0L, 0L, 0L, 0L), svq3.perQuarter());
        assertEquals(Map.of(2027, 6L, 2028, 0L), svq3.perYear());
        assertEquals(6, report.totalQualifiers());
        assertEquals(1, report.qualifiers().size());
    }

    @Test
    void conditionsAtRiskMakeTheGapAndEachAgencyShowsInEachOfItsNetworks() {
        WorkforcePlan.Report report = WorkforcePlan.of(TODAY, List.of(SVQ3, BA), List.of(COUNCIL, CHARITY),
                List.of(new Expected("SVQ3", 2, TODAY.plusMonths(4), 2)),
                List.of(new Condition("SVQ3", 1, TODAY.plusMonths(6), ConditionState.ON_TRACK, 2),
                        new Condition("SVQ3", 1, TODAY.plusMonths(6), ConditionState.NOT_STARTED, 3),
                        new Condition("SVQ3", 2, TODAY.minusDays(3), ConditionState.OVERDUE, 1),
                        new Condition("SVQ3", 2, TODAY.plusMonths(9), ConditionState.MET, 4),
                        new Condition("SVQ3", 2, TODAY.plusMonths(13), ConditionState.NOT_STARTED, 5),
                        new Condition("BA_SW", 2, TODAY.plusMonths(11), ConditionState.LATE, 1)),
                List.of(new Registered(1, 5, 7, 2), new Registered(2, 2, 6, 0)));
        WorkforcePlan.GapRow svq3 = report.gaps().get(0);
        assertEquals("SVQ3", svq3.qualification().code());
        // Falling due within a year (or overdue): 2 on track, 3 not started, 1 overdue, 4 met; the one in 13 months waits.
        assertEquals(10, svq3.due());
        assertEquals(4, svq3.gap());
        assertEquals(2, svq3.expectedQualifiers());
        assertEquals(1, report.gaps().get(1).gap());
        assertEquals(5, report.totalAtRisk());

        assertEquals(List.of("East:Angus Council:3", "East:Housing charity:2", "North:Housing charity:2"), report.agencies().stream()
                .map(r -> r.network() + ":" + r.agency().name() + ":" + r.conditionsAtRisk()).toList());
        assertEquals(7, report.agencies().get(0).registered());
        assertEquals(2, report.agencies().get(1).expectedThisYear());
    }
}
