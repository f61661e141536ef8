package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class CellsTest {

    /** Writes markup as a Faces response writer does, escaping what it is given as text or attribute values. */
    static final class HtmlWriter extends ResponseWriter {
        private final StringWriter out = new StringWriter();
        private boolean startOpen;

        private void closeStart() {
            if (startOpen) {
                out.write('>');
                startOpen = false;
            }
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void flush() {
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }

        @Override
        public void startElement(String name, UIComponent component) {
            closeStart();
            out.write("<" + name);
            startOpen = true;
        }

        @Override
        public void endElement(String name) {
            closeStart();
            out.write("</" + name + ">");
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            out.write(" " + name + "=\"" + escape(String.valueOf(value)) + "\"");
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) {
            writeAttribute(name, value, property);
        }

        @Override
        public void writeComment(Object comment) {
        }

        @Override
        public void writeText(Object text, String property) {
            closeStart();
            out.write(escape(String.valueOf(text)));
        }

        @Override
        public void writeText(char[] text, int off, int len) {
            writeText(new String(text, off, len), null);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            closeStart();
            out.write(cbuf, off, len);
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    @Test
    void cellsHoldTheirTextEscapedAndNothingForNone() throws IOException {
        HtmlWriter out = new HtmlWriter();
        Cells.cell(out, "<b>Sam</b> & co", null);
        Cells.cell(out, null, "roster__adjustments");
        assertEquals("<td>&lt;b&gt;Sam&lt;/b&gt; &amp; co</td><td class=\"roster__adjustments\"></td>", out.toString());
    }

    @Test
    void linksNameWhatTheyAreAboutForScreenReadersEscaped() throws IOException {
        HtmlWriter out = new HtmlWriter();
        Cells.link(out, "cancel-7", "button", "/learning/coordinator/cancel-place.xhtml?booking=7", "Cancel", "Sam \"<i>\" Brown");
        Cells.link(out, null, "history-link", "/learning/my/booking.xhtml?id=7&x=1", "History", "Sam");
        assertEquals("<a id=\"cancel-7\" class=\"button\" href=\"/learning/coordinator/cancel-place.xhtml?booking=7\">Cancel"
                + "<span class=\"visually-hidden\">: Sam &quot;&lt;i&gt;&quot; Brown</span></a>"
                + "<a class=\"history-link\" href=\"/learning/my/booking.xhtml?id=7&amp;x=1\">History"
                + "<span class=\"visually-hidden\">: Sam</span></a>", out.toString());
    }

    @Test
    void plainLinksHoldTheirTextEscaped() throws IOException {
        HtmlWriter out = new HtmlWriter();
        Cells.link(out, "/learning/course.xhtml?id=3", "Safe & <Together>");
        assertEquals("<a href=\"/learning/course.xhtml?id=3\">Safe &amp; &lt;Together&gt;</a>", out.toString());
    }
}
