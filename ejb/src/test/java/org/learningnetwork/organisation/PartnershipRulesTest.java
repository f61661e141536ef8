package org.learningnetwork.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RejectedException.Problem;

class PartnershipRulesTest {

    private static final Set<String> KNOWN = Set.of("S12000005", "S12000030", "S12000042");

    @Test
    void aPartnershipServesKnownAreasNoOtherServes() {
        assertEquals(List.of(), PartnershipRules.problems(false, Set.of("S12000005", "S12000030"), KNOWN, Map.of()));
    }

    @Test
    void itServesAtLeastOneArea() {
        assertEquals(List.of(new Problem("areas", "partnership.areas.required")), PartnershipRules.problems(false, Set.of(), KNOWN, Map.of()));
    }

    @Test
    void anAreaNobodyKnowsIsRefused() {
        assertEquals(List.of(new Problem("areas", "partnership.areas.unknown")),
                PartnershipRules.problems(false, Set.of("S12000005", "S99999999"), KNOWN, Map.of()));
    }

    @Test
    void anAreaAnotherPartnershipServesIsNamedWithThatPartnership() {
        assertEquals(List.of(new Problem("areas", "partnership.areas.taken", List.of("Clackmannanshire", "Forth Valley"))),
                PartnershipRules.problems(false, Set.of("S12000005", "S12000030"), KNOWN, Map.of("S12000030",
                        List.of("Stirling", "Forth Valley"), "S12000005", List.of("Clackmannanshire", "Forth Valley"))));
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        assertEquals(List.of(new Problem("name", "partnership.name.taken"), new Problem("areas", "partnership.areas.required")),
                PartnershipRules.problems(true, Set.of(), KNOWN, Map.of()));
    }
}
