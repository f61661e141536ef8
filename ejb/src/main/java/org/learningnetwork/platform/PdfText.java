package org.learningnetwork.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document of text lines (Apache PDFBox): each line wrapped at word boundaries to the page's width
 * (a word too long for a line is broken), a new page begun when one is full. The font is the Liberation Sans that
 * PDFBox carries, embedded, so text in any Latin script prints as written; a character it lacks prints as
 * {@code ?}. The document's title, author and language (en-GB) are set for readers and assistive technology.
 */
public final class PdfText implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final float width;
    private PDPageContentStream content;
    private float y;

    /** A new document with the title and author its properties show. */
    public PdfText(String title, String author) {
        try (InputStream in = PdfText.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        document.getDocumentCatalog().setLanguage("en-GB");
        width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Moves down by {@code space} points before the next line. */
    public PdfText space(float space) {
        try {
            if (content == null) {
                newPage();
            }
            y -= space;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text at the size in points, wrapped, then leaves {@code spaceAfter} points below its last line. */
    public PdfText line(String text, float size, float spaceAfter) {
        try {
            for (String part : wrap(printable(text), size)) {
                if (content == null || y - size * LEADING < MARGIN) {
                    newPage();
                }
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(part);
                content.endText();
                y -= size * LEADING;
            }
            y -= Math.max(0, spaceAfter - size * LEADING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row of a table: each cell at its column's left edge ({@code widths} in points, from the left margin), cut short
     * with an ellipsis where it would not fit; {@code bold} for a heading row, which is underlined.
     */
    public PdfText row(float size, float[] widths, boolean heading, String... cells) {
        try {
            if (content == null || y - size * LEADING < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < cells.length && i < widths.length; i++) {
                String cell = fitted(printable(cells[i] == null ? "" : cells[i]), size, widths[i] - 6);
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(cell);
                content.endText();
                x += widths[i];
            }
            if (heading) {
                content.moveTo(MARGIN, y - 3);
                content.lineTo(x, y - 3);
                content.stroke();
            }
            y -= size * LEADING + (heading ? 3 : 0);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bar of a horizontal bar chart: its label, its value (none: no bar) and the text written after the bar. */
    public record Bar(String label, double value, boolean known, String text) {
    }

    /**
     * A horizontal bar chart under a caption: one bar per item, as long as its value against {@code max}, in groups of
     * {@code groupSize} bars (e.g. this quarter and the one before) told apart by shade.
     */
    public PdfText barChart(String caption, java.util.List<Bar> bars, double max, int groupSize, float size) {
        try {
            float needed = size * LEADING * (bars.size() + 2);
            if (content == null || y - needed < MARGIN) {
                newPage();
            }
            line(caption, size + 1, size * LEADING);
            float labelWidth = width * 0.38f;
            float barSpace = width * 0.45f;
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(fitted(printable(bar.label()), size, labelWidth - 6));
                content.endText();
                float length = bar.known() && max > 0 ? (float) (barSpace * Math.max(0, bar.value()) / max) : 0;
                float shade = groupSize > 1 && i % groupSize > 0 ? 0.65f : 0.25f;
                content.setNonStrokingColor(shade, shade + 0.1f, 0.6f);
                content.addRect(MARGIN + labelWidth, y - 1, length, size * 0.9f);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + labelWidth + length + 4, y);
                content.showText(printable(bar.text()));
                content.endText();
                y -= size * LEADING;
            }
            y -= size;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished document. */
    public byte[] bytes() {
        try {
            closePage();
            if (document.getNumberOfPages() == 0) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** The text with each character the font cannot print, and each control character, replaced. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else {
                String character = Character.toString(c);
                out.append(canPrint(character) ? character : "?");
            }
        });
        return out.toString();
    }

    private boolean canPrint(String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, size)) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                String next = line.toString() + Character.toString(c);
                if (!line.isEmpty() && !fits(next, size)) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text, cut short with an ellipsis if it is wider than {@code room} points. */
    private String fitted(String text, float size, float room) throws IOException {
        if (font.getStringWidth(text) / 1000 * size <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "\u2026") / 1000 * size > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private boolean fits(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size <= width;
    }
}
