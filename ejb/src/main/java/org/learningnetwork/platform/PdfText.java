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

    private boolean fits(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size <= width;
    }
}
