package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RosterCsvServletTest {

    @Test
    void textThatWouldStartASpreadsheetFormulaIsQuoted() {
        assertEquals("'=HYPERLINK(\"x\")", RosterCsvServlet.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+44 1382", RosterCsvServlet.cell("+44 1382"));
        assertEquals("'-1", RosterCsvServlet.cell("-1"));
        assertEquals("'@team", RosterCsvServlet.cell("@team"));
        assertEquals("Aileen Kerr", RosterCsvServlet.cell("Aileen Kerr"));
        assertEquals("", RosterCsvServlet.cell(""));
        assertNull(RosterCsvServlet.cell(null));
    }
}
