package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The annual training calendar and course flyers the learning team publishes, for anyone to open. */
class PublicationsIT extends BrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> download(String href) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAnnualCalendarIsAPdfAndASpreadsheetOfTheYearsSessionsByStrandAndMonth() throws Exception {
        browser.get("/calendar.xhtml");
        assertTrue(browser.text("#annualCalendar").contains("April to March"));
        HttpResponse<byte[]> pdf = download(browser.find("#annualPdf").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String calendar = text(pdf.body());
        assertTrue(calendar.contains("Multi-agency public protection training calendar " + year + "\u2013"
                + String.format("%02d", (year + 1) % 100)), calendar.substring(0, 200));
        assertTrue(calendar.contains("Child protection"), "a heading per strand");
        assertTrue(calendar.contains("Multi-agency chronologies"), "the demo's sessions are in it");
        assertTrue(calendar.indexOf("Child protection") < calendar.indexOf("Adult support and protection"), "strands in order");

        HttpResponse<byte[]> xlsx = download(browser.find("#annualXlsx").getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(List.of("Area of protection", "Month", "Date", "Time", "Course", "Delivery", "Where", "Places", "Book by",
                    "Course page"), rows.get(0).stream().map(cell -> cell.getText()).toList());
            assertTrue(rows.size() > 10, "a row per session and strand: " + rows.size());
            assertTrue(rows.stream().skip(1).allMatch(row -> row.getCellText(9).contains("/course.xhtml?id=")));
            assertEquals("Child protection", rows.get(1).getCellText(0));
        }
        // Another year by its address; a year out of range is refused, an unknown file not found.
        String base = browser.find("#annualPdf").getAttribute("href").replace("calendar.pdf", "");
        assertEquals(200, download(base + "calendar-2010.pdf").statusCode());
        assertTrue(text(download(base + "calendar-2010.pdf").body()).contains("No sessions are planned for this year yet."));
        HttpResponse<byte[]> refused = download(base + "calendar-1066.xlsx");
        assertEquals(400, refused.statusCode());
        assertTrue(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8).contains("must be from"), "says why");
        assertEquals(404, download(base + "calendar-2026.docx").statusCode());
        browser.assertAccessible("calendar-with-publications");
    }

    @Test
    void aCoursesFlyerSaysWhatWhoWhenAndHowToBookAndCarriesTheTraumaAwareStatement() throws Exception {
        browser.get("/catalogue.xhtml?q=Multi-agency+chronologies");
        browser.find(".course-list__title a").click();
        HttpResponse<byte[]> pdf = download(browser.find("#flyer").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String flyer = text(pdf.body());
        assertTrue(flyer.startsWith("Multi-agency chronologies"), flyer.substring(0, 100));
        assertTrue(flyer.contains("What you will learn Prepare a single-agency chronology") || flyer.contains("Prepare a single-agency chronology"),
                flyer);
        assertTrue(flyer.contains("Who it is for"));
        assertTrue(flyer.contains("book by"), "each session says by when to book");
        assertTrue(flyer.contains("Before you book: a trauma-aware statement"));
        assertTrue(flyer.contains("you will never be required to disclose"));
        assertTrue(flyer.contains("Learning review: Child J (2025), Forth Valley"), "what it answers to");

        String href = browser.find("#flyer").getAttribute("href");
        assertEquals(404, download(href.replaceAll("flyer-\\d+", "flyer-987654321")).statusCode());
        assertEquals(404, download(href.replaceAll("flyer-\\d+", "flyer-abc")).statusCode());
    }

    @Test
    void theLearningOutcomesBookletListsEachGroupsCoursesAndWhatTheyTeach() throws Exception {
        browser.get("/what-do-i-need.xhtml");
        HttpResponse<byte[]> pdf = download(browser.find("#booklet").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String booklet = text(pdf.body());
        assertTrue(booklet.startsWith("Learning and Practice Development: Learning Outcomes Booklet"), booklet.substring(0, 100));
        int framework = booklet.indexOf("Multi-agency chronologies");
        assertTrue(framework > 0, "the demo's courses are in it");
        assertTrue(booklet.contains("Analyse a chronology for patterns"), "with what one learns");
        browser.assertAccessible("what-do-i-need-booklet");
    }
}
