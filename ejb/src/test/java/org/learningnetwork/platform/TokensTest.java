package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void everyLinksTokenIsRemovedAndTheRestOfTheTextKept() {
        String token = Tokens.newToken();
        String body = "Please answer: https://learning.example.gov.uk/learning/evaluation.xhtml?token=" + token + "\n"
                + "Or leave the list: https://learning.example.gov.uk/learning/leave-list.xhtml?a=1&token=abc%2Fdef-_~.x end.";
        String kept = Tokens.withoutLinks(body);
        assertFalse(kept.contains(token));
        assertEquals("Please answer: https://learning.example.gov.uk/learning/evaluation.xhtml?token=removed-once-sent\n"
                + "Or leave the list: https://learning.example.gov.uk/learning/leave-list.xhtml?a=1&token=removed-once-sent end.", kept);
        assertEquals("No link here; tokens are words too.", Tokens.withoutLinks("No link here; tokens are words too."));
        assertNull(Tokens.withoutLinks(null));
    }
}
