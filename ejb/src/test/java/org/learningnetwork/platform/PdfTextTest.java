package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    private static byte[] document() {
        try (PdfText pdf = new PdfText("Quarterly report: Child Protection Committee, 2026-Q3", "Learning Network")) {
            pdf.heading("Quarterly report", 1).line("Figures of the quarter.", 10, 14).heading("Headline figures", 2);
            float[] widths = {170, 80, 80};
            pdf.row(9, widths, true, "Indicator with a heading long enough to need two lines", "2026-Q3", "2026-Q2");
            pdf.row(9, widths, false, "Bookings", "120", "98");
            pdf.barChart("Rates", "Dark bars: 2026-Q3. Light bars: 2026-Q2.",
                    List.of(new PdfText.Bar("Attendance rate, 2026-Q3", 90, true, "90%"), new PdfText.Bar("Attendance rate, 2026-Q2", 80, true, "80%")),
                    100, 2, 9);
            for (int i = 0; i < 80; i++) {
                pdf.line("A line of text to fill more than one page: " + i, 10, 14);
            }
            return pdf.bytes();
        }
    }

    @Test
    void theDocumentIsTaggedHeadingsTablesAndFiguresInReadingOrderWithItsTitleShown() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document())) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree(), "marked content is linked back to its element");
            List<String> types = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types, alternatives);
            assertEquals("Document", types.get(0));
            assertEquals(List.of("H1", "P", "H2", "Table", "TR", "TH", "TH", "TH", "TR", "TD", "TD", "TD", "P", "P", "Figure"),
                    types.subList(1, 16));
            assertTrue(alternatives.get(0).contains("Attendance rate, 2026-Q3 90%"), alternatives.toString());
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                assertEquals(page, pdf.getPage(page).getStructParents(), "each page's marked content has its parents");
            }
        }
    }

    @Test
    void everyPageIsNumberedAndNothingIsCutShort() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "more than one page: " + pages);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (int page = 1; page <= pages; page++) {
                assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " numbered");
            }
            assertTrue(text.contains("Indicator with a heading long enough to need two lines"), "a long heading wraps, whole: " + text);
            assertTrue(text.contains("Dark bars: 2026-Q3. Light bars: 2026-Q2."), "the chart's legend");
            assertTrue(!text.contains("\u2026"), "no ellipsis");
        }
    }

    private static void collect(PDStructureNode node, List<String> types, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collect(element, types, alternatives);
            }
        }
    }
}
