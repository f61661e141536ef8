package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TableExportTest {

    @Test
    void textThatWouldStartASpreadsheetFormulaIsQuoted() {
        assertEquals("'=HYPERLINK(\"x\")", TableExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+44 1382", TableExport.cell("+44 1382"));
        assertEquals("'-1", TableExport.cell("-1"));
        assertEquals("'@team", TableExport.cell("@team"));
        assertEquals("Aileen Kerr", TableExport.cell("Aileen Kerr"));
        assertEquals("", TableExport.cell(""));
        assertNull(TableExport.cell(null));
    }
}
