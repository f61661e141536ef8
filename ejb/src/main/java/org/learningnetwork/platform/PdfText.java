package org.learningnetwork.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plain A4 document of text lines (Apache PDFBox): each line wrapped at word boundaries to the page's width
 * (a word too long for a line is broken), a new page begun when one is full. The font is the Liberation Sans that
 * PDFBox carries, embedded, so text in any Latin script prints as written; a character it lacks prints as
 * {@code ?}. The document's title, author and language (en-GB) are set for readers and assistive technology.
 *
 * <p>The document is tagged (PDF/UA's structure, for screen readers and reflow): every line is marked content under a
 * structure element of its kind — a heading of its level, a paragraph, a table's header or data cell in its row, a
 * chart as a figure whose alternative text says what it shows — in reading order; page numbers ("Page 2 of 5") and
 * rules are artifacts. Its title is shown as the window's title.
 */
public final class PdfText implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final float width;
    private PDPageContentStream content;
    private PDPage page;
    private float y;
    private final PDStructureElement root;
    private final PDStructureTreeRoot tree;
    /** Per page (by its StructParents number), the structure element of each marked-content id, in order. */
    private final List<COSArray> parents = new ArrayList<>();
    private PDStructureElement table;

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
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-GB");
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(root);
        width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** A heading of the level (1 to 3) in the size that goes with it, tagged as one. */
    public PdfText heading(String text, int level) {
        float size = level <= 1 ? 18 : level == 2 ? 14 : 12;
        return heading(text, level, size, level <= 1 ? 24 : level == 2 ? 20 : 16);
    }

    /** A heading of the level (1 to 3) at the size given, leaving {@code spaceAfter} points below it. */
    public PdfText heading(String text, int level, float size, float spaceAfter) {
        String type = level <= 1 ? StandardStructureTypes.H1 : level == 2 ? StandardStructureTypes.H2 : StandardStructureTypes.H3;
        return lines(text, size, spaceAfter, type, level <= 1 ? 0 : size * 0.6f);
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

    /** Writes the text at the size in points, wrapped, then leaves {@code spaceAfter} points below its last line: a paragraph. */
    public PdfText line(String text, float size, float spaceAfter) {
        return lines(text, size, spaceAfter, StandardStructureTypes.P, 0);
    }

    private PdfText lines(String text, float size, float spaceAfter, String type, float spaceBefore) {
        try {
            table = null;
            if (content != null && spaceBefore > 0) {
                y -= spaceBefore;
            }
            PDStructureElement element = element(type, root);
            List<String> parts = wrap(printable(text), size);
            // A heading is kept with what follows it: a new page first when it would sit at the foot of one.
            float needed = size * LEADING * parts.size() + (type.equals(StandardStructureTypes.P) ? 0 : size * LEADING * 2);
            for (String part : parts) {
                if (content == null || y - Math.max(size * LEADING, needed) < MARGIN) {
                    newPage();
                }
                needed = 0;
                marked(element, () -> {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(part);
                    content.endText();
                });
                y -= size * LEADING;
            }
            y -= Math.max(0, spaceAfter - size * LEADING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drawing for the eye only (a rule, a page number): marked as an artifact, outside the structure. */
    private void artifact(Drawing drawing) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        drawing.draw();
        content.endMarkedContent();
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    /** A new structure element of the type under {@code parent}. */
    private PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Draws content marked with the next id of this page, as a part of {@code element} (on this page). */
    private void marked(PDStructureElement element, Drawing drawing) throws IOException {
        COSArray pageParents = parents.get(page.getStructParents());
        int mcid = pageParents.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        drawing.draw();
        content.endMarkedContent();
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
        reference.setItem(COSName.PG, page.getCOSObject());
        reference.setInt(COSName.MCID, mcid);
        COSArray kids = element.getCOSObject().getCOSArray(COSName.K);
        if (kids == null) {
            kids = new COSArray();
            element.getCOSObject().setItem(COSName.K, kids);
        }
        kids.add(reference);
        pageParents.add(element.getCOSObject());
    }

    /**
     * One row of a table: each cell at its column's left edge ({@code widths} in points, from the left margin), wrapped
     * within its column; {@code heading} for a heading row, which is underlined and tagged as header cells.
     */
    public PdfText row(float size, float[] widths, boolean heading, String... cells) {
        try {
            // Each cell wrapped within its column (a heading or a long name is never cut short); the row as high as its
            // tallest cell.
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.length && i < widths.length; i++) {
                List<String> lines = wrap(printable(cells[i] == null ? "" : cells[i]), size, widths[i] - 6);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            if (content == null || y - size * LEADING * height < MARGIN) {
                newPage();
            }
            if (table == null) {
                table = element(StandardStructureTypes.TABLE, root);
            }
            PDStructureElement tableRow = element(StandardStructureTypes.TR, table);
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                PDStructureElement tableCell = element(heading ? StandardStructureTypes.TH : StandardStructureTypes.TD, tableRow);
                float left = x;
                List<String> lines = wrapped.get(i);
                marked(tableCell, () -> {
                    for (int line = 0; line < lines.size(); line++) {
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(left, y - line * size * LEADING);
                        content.showText(lines.get(line));
                        content.endText();
                    }
                });
                x += widths[i];
            }
            float bottom = y - (height - 1) * size * LEADING;
            if (heading) {
                float right = x;
                artifact(() -> {
                    content.moveTo(MARGIN, bottom - 3);
                    content.lineTo(right, bottom - 3);
                    content.stroke();
                });
            }
            y = bottom - size * LEADING - (heading ? 3 : 0);
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
        return barChart(caption, null, bars, max, groupSize, size);
    }

    /** {@link #barChart(String, java.util.List, double, int, float)} with a legend under the caption (which shade is which). */
    public PdfText barChart(String caption, String legend, java.util.List<Bar> bars, double max, int groupSize, float size) {
        try {
            float labelWidth = width * 0.42f;
            float barSpace = width * 0.40f;
            List<List<String>> labels = new ArrayList<>();
            int lines = 0;
            for (Bar bar : bars) {
                List<String> label = wrap(printable(bar.label()), size, labelWidth - 6);
                labels.add(label);
                lines += label.size();
            }
            float needed = size * LEADING * (lines + 3);
            if (content == null || y - Math.min(needed, 500) < MARGIN) {
                newPage();
            }
            line(caption, size + 1, legend == null ? size * LEADING : size);
            if (legend != null) {
                line(legend, size, size * LEADING);
            }
            // The chart is one figure; its alternative text says every bar's label and value.
            PDStructureElement figure = element(StandardStructureTypes.Figure, root);
            StringBuilder alternative = new StringBuilder(caption).append(':');
            for (Bar bar : bars) {
                alternative.append(' ').append(bar.label()).append(' ').append(bar.text()).append(';');
            }
            figure.setAlternateDescription(alternative.toString());
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                List<String> label = labels.get(i);
                if (y - size * LEADING * label.size() < MARGIN) {
                    newPage();
                }
                int index = i;
                marked(figure, () -> drawBar(bar, label, index, groupSize, size, labelWidth, barSpace, max));
                y -= size * LEADING * label.size();
            }
            y -= size;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One bar: its label (on as many lines as it takes), the bar (shaded by its place in its group), its value after it. */
    private void drawBar(Bar bar, List<String> label, int i, int groupSize, float size, float labelWidth, float barSpace, double max)
            throws IOException {
        for (int line = 0; line < label.size(); line++) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y - line * size * LEADING);
            content.showText(label.get(line));
            content.endText();
        }
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
    }

    /** The finished document. */
    public byte[] bytes() {
        try {
            if (document.getNumberOfPages() == 0) {
                newPage();
            }
            closePage();
            numberPages();
            java.util.Map<Integer, org.apache.pdfbox.pdmodel.common.COSObjectable> byPage = new java.util.LinkedHashMap<>();
            for (int i = 0; i < parents.size(); i++) {
                COSArray array = parents.get(i);
                byPage.put(i, () -> array);
            }
            PDNumberTreeNode parentTree = new PDNumberTreeNode(org.apache.pdfbox.pdmodel.common.COSObjectable.class);
            parentTree.setNumbers(byPage);
            tree.setParentTree(parentTree);
            tree.setParentTreeNextKey(parents.size());
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
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(parents.size());
        parents.add(new COSArray());
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    /** "Page 2 of 5" at the foot of every page, as an artifact (a screen reader says the structure, not the layout). */
    private void numberPages() throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            page = document.getPage(i);
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
            String number = "Page " + (i + 1) + " of " + pages;
            float size = 9;
            float x = PDRectangle.A4.getWidth() - MARGIN - font.getStringWidth(number) / 1000 * size;
            artifact(() -> {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, MARGIN / 2);
                content.showText(number);
                content.endText();
            });
            content.close();
            content = null;
        }
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
        return wrap(text, size, width);
    }

    private List<String> wrap(String text, float size, float room) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, size, room)) {
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
                if (!line.isEmpty() && !fits(next, size, room)) {
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

    private boolean fits(String text, float size, float room) throws IOException {
        return font.getStringWidth(text) / 1000 * size <= room;
    }
}
