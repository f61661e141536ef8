package org.learningnetwork.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RejectedException.Problem;

class RegisterPartRulesTest {

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void aPartHasANameARenewalPeriodAndTheLearningExpected() {
        assertEquals(List.of(), RegisterPartRules.problems("Social worker", false, 36, new BigDecimal("90")));
        assertEquals(List.of(), RegisterPartRules.problems("Student", false, 12, BigDecimal.ZERO));
        assertEquals(List.of(), RegisterPartRules.problems("Manager", false, 120, new BigDecimal("1000.00")));
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        assertEquals(List.of("registerPart.name.required", "registerPart.renewalMonths.range", "registerPart.learningHours.range"),
                keys(RegisterPartRules.problems(" ", false, null, null)));
        assertEquals(List.of("registerPart.name.taken", "registerPart.renewalMonths.range", "registerPart.learningHours.range"),
                keys(RegisterPartRules.problems("Social worker", true, 11, new BigDecimal("-1"))));
        assertEquals(List.of("registerPart.name.size", "registerPart.renewalMonths.range", "registerPart.learningHours.range"),
                keys(RegisterPartRules.problems("x".repeat(201), false, 121, new BigDecimal("1000.25"))));
        assertEquals(List.of("registerPart.learningHours.range"), keys(RegisterPartRules.problems("Worker", false, 60, new BigDecimal("7.125"))));
    }
}
