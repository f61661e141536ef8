package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void cleaningTrimsAndCollapsesSpaceAndTurnsBlankIntoNull() {
        assertEquals("NHS Tayside", Text.clean("  NHS   Tayside \t"));
        assertNull(Text.clean("   "));
        assertNull(Text.clean(null));
    }

    @Test
    void keysIgnoreCaseAndSpacing() {
        assertEquals(Text.key("NHS Tayside"), Text.key(" nhs  TAYSIDE "));
    }

    @Test
    void searchPatternsEscapeWildcardsTypedByPeople() {
        assertEquals("%50\\% off\\_x%", Text.containsPattern("50% OFF_x"));
        assertEquals("%", Text.containsPattern(" "));
    }
}
