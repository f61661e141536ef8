package org.learningnetwork.booking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate of attendance as a one-page A4 PDF (Apache PDFBox). The wording is in the bundle
 * {@code org.learningnetwork.booking.certificate}. The font is the Liberation Sans that PDFBox carries,
 * embedded, so names in any Latin script print as written.
 */
final class Certificates {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Certificates() {
    }

    static byte[] pdf(LearningRecord record) {
        ResourceBundle text = ResourceBundle.getBundle("org.learningnetwork.booking.certificate", Locale.UK);
        try (PDDocument document = new PDDocument(); InputStream font = Certificates.class.getResourceAsStream(FONT)) {
            PDFont sans = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            String name = record.getPerson().getGivenName() + " " + record.getPerson().getFamilyName();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.getString("title") + ": " + record.getCourse().getTitle());
            info.setAuthor(text.getString("issuer"));
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, sans, MARGIN, page.getMediaBox().getHeight() - MARGIN - 40, width);
                writer.line(text.getString("title"), 26, 40);
                writer.line(text.getString("certifies"), 12, 28);
                writer.line(name, 20, 34);
                writer.line(text.getString(record.getKind() == LearningRecordKind.PARTIAL ? "attendedPart" : "attended"), 12, 28);
                writer.line(record.getCourse().getTitle(), 16, 30);
                writer.line(text.getString("on") + " " + DAY.format(record.getCompletedOn()), 12, 40);
                writer.line(text.getString("cpdHours") + " " + hours(record.getCpdHours()), 12, 20);
                writer.line(text.getString("provider") + " " + record.getCourse().getProvider(), 12, 20);
                writer.line(text.getString("reference") + " LN-" + record.getId(), 10, 40);
                writer.line(text.getString("issuer"), 12, 20);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** Writes lines down the page, wrapping each at word boundaries to the width. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PDFont font;
        private final float left;
        private final float width;
        private float y;

        Writer(PDPageContentStream content, PDFont font, float left, float top, float width) {
            this.content = content;
            this.font = font;
            this.left = left;
            this.y = top;
            this.width = width;
        }

        void line(String text, float size, float spaceAfter) throws IOException {
            for (String part : wrap(text, size)) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(left, y);
                content.showText(part);
                content.endText();
                y -= size * 1.3f;
            }
            y -= spaceAfter - size * 1.3f;
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
