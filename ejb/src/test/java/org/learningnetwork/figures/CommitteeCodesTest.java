package org.learningnetwork.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitteeCodesTest {

    @Test
    void aCodeIsTheNameInCapitalsAndUnderscores() {
        assertEquals("VIOLENCE_AGAINST_WOMEN_PARTNERSHIP", CommitteeCodes.of("Violence Against Women Partnership", code -> false));
        assertEquals("CLACKMANNANSHIRE_STIRLING_APC", CommitteeCodes.of("  Clackmannanshire & Stirling — APC ", code -> false));
        assertEquals("COMHAIRLE_NAN_EILEAN_SIAR_CPC", CommitteeCodes.of("Comhairle nan Eilean Siar CPC", code -> false));
        assertEquals("EILEAN_SIAR", CommitteeCodes.of("Eilean Siàr", code -> false), "accents dropped");
        assertEquals("COMMITTEE", CommitteeCodes.of("—", code -> false), "a name of no letters");
    }

    @Test
    void aLongNameIsCutAtAWordAndATakenCodeNumbered() {
        String code = CommitteeCodes.of("Learning and Practice Development Sub-group of both committees", code2 -> false);
        assertTrue(code.length() <= CommitteeCodes.MAX, code);
        assertEquals("LEARNING_AND_PRACTICE_DEVELOPMENT_SUB_GR", code);
        Set<String> taken = Set.of("MAPPA_GROUP", "MAPPA_GROUP_2");
        assertEquals("MAPPA_GROUP_3", CommitteeCodes.of("MAPPA group", taken::contains));
        String longTaken = CommitteeCodes.of("Learning and Practice Development Sub-group of both committees", c -> c.equals(code));
        assertEquals("LEARNING_AND_PRACTICE_DEVELOPMENT_SUB_2", longTaken);
    }
}
