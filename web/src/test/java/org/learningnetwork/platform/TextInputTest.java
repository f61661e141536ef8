package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void ordinaryTextOfAnyScriptIsAccepted() {
        assertTrue(TextInput.acceptable(null));
        assertTrue(TextInput.acceptable(""));
        assertTrue(TextInput.acceptable("Siobhán O'Néill-MacLeòid", false));
        assertTrue(TextInput.acceptable("Ανδρέας 李 😀", false), "a surrogate pair is one character");
    }

    @Test
    void controlCharactersAreRefused() {
        for (String bad : new String[] {"a\u0000b", "\u001b[31m", "a\u007fb", "a\u0085b", "a\u009bb", "a\u2028b", "\ud83d", "x\ude00"}) {
            assertFalse(TextInput.acceptable(bad), bad.codePoints().boxed().toList().toString());
            assertFalse(TextInput.acceptable(bad, false), bad.codePoints().boxed().toList().toString());
        }
    }

    @Test
    void lineBreaksAndTabsAreTextOnlyInMultiLineFields() {
        assertTrue(TextInput.acceptable("first line\r\nsecond\tline"));
        assertFalse(TextInput.acceptable("Jane\nSmith", false));
        assertFalse(TextInput.acceptable("Jane\tSmith", false));
    }
}
