package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RosterExportServletTest {

    @Test
    void textThatWouldStartASpreadsheetFormulaIsQuoted() {
        assertEquals("'=HYPERLINK(\"x\")", RosterExportServlet.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+44 1382", RosterExportServlet.cell("+44 1382"));
        assertEquals("'-1", RosterExportServlet.cell("-1"));
        assertEquals("'@team", RosterExportServlet.cell("@team"));
        assertEquals("Aileen Kerr", RosterExportServlet.cell("Aileen Kerr"));
        assertEquals("", RosterExportServlet.cell(""));
        assertNull(RosterExportServlet.cell(null));
    }
}
