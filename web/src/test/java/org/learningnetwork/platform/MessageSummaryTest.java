package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageSummaryTest {

    private static final Map<String, Integer> PAGE = Map.of("form:name", 3, "form:questions:text", 5, "form:questions:kind", 6);

    @Test
    void theWholePageFirstThenFieldsInPageOrderAndRowsWhereTheirListIs() {
        assertEquals(-1, MessageSummary.place(PAGE, null));
        assertEquals(3, MessageSummary.place(PAGE, "form:name"));
        assertEquals(6, MessageSummary.place(PAGE, "form:questions:12:kind"));
        assertEquals(Integer.MAX_VALUE, MessageSummary.place(PAGE, "form:gone"), "a field the page no longer has goes last");
    }
}
