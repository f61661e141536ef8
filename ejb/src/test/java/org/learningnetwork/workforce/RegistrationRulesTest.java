package org.learningnetwork.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;
import org.learningnetwork.workforce.RegistrationRules.Held;

class RegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final LocalDate DUE = LocalDate.of(2027, 12, 31);

    @Test
    void aConditionIsMetOnTrackLateNotStartedOrOverdue() {
        assertEquals(ConditionState.MET, RegistrationRules.condition("SVQ3", DUE,
                List.of(new Held("SVQ3", QualificationStatus.ACHIEVED, null)), TODAY));
        assertEquals(ConditionState.ON_TRACK, RegistrationRules.condition("SVQ3", DUE,
                List.of(new Held("SVQ3", QualificationStatus.IN_PROGRESS, DUE)), TODAY));
        assertEquals(ConditionState.LATE, RegistrationRules.condition("SVQ3", DUE,
                List.of(new Held("SVQ3", QualificationStatus.IN_PROGRESS, DUE.plusDays(1))), TODAY));
        assertEquals(ConditionState.NOT_STARTED, RegistrationRules.condition("SVQ3", DUE,
                List.of(new Held("SVQ3", QualificationStatus.WITHDRAWN, null), new Held("HNC", QualificationStatus.IN_PROGRESS, DUE)), TODAY));
        assertEquals(ConditionState.OVERDUE, RegistrationRules.condition("SVQ3", DUE,
                List.of(new Held("SVQ3", QualificationStatus.IN_PROGRESS, DUE)), DUE.plusDays(1)));
        assertFalse(ConditionState.ON_TRACK.atRisk());
        assertTrue(ConditionState.NOT_STARTED.atRisk());
    }

    @Test
    void learningIsCountedOverTheRenewalPeriodAndShortOnlyNearTheRenewal() {
        assertEquals(LocalDate.of(2024, 12, 31), RegistrationRules.countedFrom(DUE, 36, LocalDate.of(2020, 1, 1)));
        assertEquals(LocalDate.of(2026, 6, 1), RegistrationRules.countedFrom(DUE, 36, LocalDate.of(2026, 6, 1)));
        BigDecimal expected = new BigDecimal("90");
        assertFalse(RegistrationRules.learningShort(expected, new BigDecimal("20"), DUE, DUE.minusMonths(7)));
        assertTrue(RegistrationRules.learningShort(expected, new BigDecimal("20"), DUE, DUE.minusMonths(6)));
        assertFalse(RegistrationRules.learningShort(expected, new BigDecimal("90"), DUE, DUE.minusDays(1)));
    }

    @Test
    void alertsGoSixThreeAndOneMonthAheadEachOnceAndOnlyTheNearestWhenSomeWereMissed() {
        assertEquals(Optional.empty(), RegistrationRules.alertDue(DUE, DUE.minusMonths(6).minusDays(1), Set.of()));
        assertEquals(Optional.of(6), RegistrationRules.alertDue(DUE, DUE.minusMonths(6), Set.of()));
        assertEquals(Optional.empty(), RegistrationRules.alertDue(DUE, DUE.minusMonths(4), Set.of(6)));
        assertEquals(Optional.of(3), RegistrationRules.alertDue(DUE, DUE.minusMonths(3), Set.of(6)));
        assertEquals(Optional.of(1), RegistrationRules.alertDue(DUE, DUE.minusDays(10), Set.of(6, 3)));
        // Down for the six- and three-month alerts: only the one-month alert goes.
        assertEquals(Optional.of(1), RegistrationRules.alertDue(DUE, DUE.minusDays(20), Set.of()));
        assertEquals(Optional.empty(), RegistrationRules.alertDue(DUE, DUE.minusDays(5), Set.of(1)));
        assertEquals(Optional.empty(), RegistrationRules.alertDue(DUE, DUE, Set.of()));
    }
}
