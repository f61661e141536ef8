package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.catalogue.CostRules.Cost;
import org.learningnetwork.platform.RejectedException.Problem;

class CostRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String CPC = "CHILD_PROTECTION_COMMITTEE";

    private static List<String> keys(Cost cost) {
        return CostRules.problems(cost, true, TODAY).stream().map(Problem::messageKey).toList();
    }

    @Test
    void aFreeCourseNeedsNothingAndIsBookable() {
        Cost free = new Cost(null, null, null, null, null);
        assertEquals(List.of(), keys(free));
        assertTrue(CostRules.approved(free));
        assertTrue(CostRules.approved(new Cost(0, null, null, null, null)), "a cost of nothing is free");
    }

    @Test
    void aCostAgreedAndApprovedInOrderIsBookable() {
        Cost cost = new Cost(2500, CostBasis.CHARGED, CPC, TODAY.minusMonths(2), TODAY.minusMonths(1));
        assertEquals(List.of(), keys(cost));
        assertTrue(CostRules.approved(cost));
        Cost sameDay = new Cost(2500, CostBasis.COMMISSIONED, CPC, TODAY, TODAY);
        assertEquals(List.of(), keys(sameDay));
        assertTrue(CostRules.approved(sameDay));
    }

    @Test
    void aCostAwaitingEitherApprovalCanBeSavedButNotBooked() {
        Cost noAgreement = new Cost(2500, CostBasis.CHARGED, null, null, null);
        assertEquals(List.of(), keys(noAgreement));
        assertFalse(CostRules.approved(noAgreement));
        Cost agreedOnly = new Cost(2500, CostBasis.CHARGED, CPC, TODAY.minusDays(3), null);
        assertEquals(List.of(), keys(agreedOnly));
        assertFalse(CostRules.approved(agreedOnly), "the Chief Officers Group has not approved it");
        assertFalse(CostRules.approved(new Cost(2500, CostBasis.CHARGED, CPC, null, null)), "no date of agreement");
    }

    @Test
    void aCostNeedsWhoPays() {
        assertEquals(List.of("course.costBasis.required"), keys(new Cost(2500, null, null, null, null)));
        assertFalse(CostRules.approved(new Cost(2500, null, CPC, TODAY, TODAY)));
    }

    @Test
    void approvalsWithoutACostAreRefused() {
        assertEquals(List.of("course.cost.approvalWithoutCost"), keys(new Cost(null, CostBasis.CHARGED, null, null, null)));
        assertEquals(List.of("course.cost.approvalWithoutCost"), keys(new Cost(null, null, CPC, TODAY, null)));
    }

    @Test
    void theChiefOfficersGroupApprovesButDoesNotAgree() {
        assertEquals(List.of("course.costCommittee.notChiefOfficers"), CostRules.problems(
                new Cost(2500, CostBasis.CHARGED, "CHIEF_OFFICERS_GROUP", TODAY, TODAY), false, TODAY).stream()
                .map(Problem::messageKey).toList());
    }

    @Test
    void datesMustHavePassedAndComeInOrder() {
        assertEquals(List.of("course.costCommittee.required"), keys(new Cost(2500, CostBasis.CHARGED, null, TODAY, null)));
        assertEquals(List.of("course.costAgreedOn.future"), keys(new Cost(2500, CostBasis.CHARGED, CPC, TODAY.plusDays(1), null)));
        assertEquals(List.of("course.costApprovedOn.future"),
                keys(new Cost(2500, CostBasis.CHARGED, CPC, TODAY, TODAY.plusDays(1))));
        assertEquals(List.of("course.costApprovedOn.beforeAgreement"),
                keys(new Cost(2500, CostBasis.CHARGED, CPC, TODAY, TODAY.minusDays(1))));
        assertEquals(List.of("course.costApprovedOn.beforeAgreement"),
                keys(new Cost(2500, CostBasis.CHARGED, CPC, null, TODAY)), "approved before any agreement");
    }
}
