package org.learningnetwork.booking;

import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * Table cells and links as the list components write them ({@link RosterRowComponent}, {@link TeamBookingRowsComponent}):
 * text always escaped.
 */
final class Cells {

    private Cells() {
    }

    /** {@code <td class="...">text</td>}; nothing inside for no text, no class for none. */
    static void cell(ResponseWriter out, String text, String styleClass) throws IOException {
        out.startElement("td", null);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        if (text != null) {
            out.writeText(text, null);
        }
        out.endElement("td");
    }

    /**
     * A link, its address made of the context path, a fixed path and numbers only, whose visible text a screen reader
     * hears with what it is about ({@code Cancel: Sam Brown}):
     * {@code <a id class href>label<span class="visually-hidden">: about</span></a>}; no id for none.
     */
    static void link(ResponseWriter out, String id, String styleClass, String href, String label, String about) throws IOException {
        out.startElement("a", null);
        if (id != null) {
            out.writeAttribute("id", id, null);
        }
        out.writeAttribute("class", styleClass, null);
        // An address made here of the context path, a fixed path and a number: written as an attribute (escaped), not
        // through writeURIAttribute, whose encoding pass over each character was a third of what a roster line cost.
        out.writeAttribute("href", href, null);
        out.writeText(label, null);
        out.startElement("span", null);
        out.writeAttribute("class", "visually-hidden", null);
        out.writeText(": " + about, null);
        out.endElement("span");
        out.endElement("a");
    }

    /** A plain link, {@code <a href>text</a>}, its address made of the context path, a fixed path and numbers only. */
    static void link(ResponseWriter out, String href, String text) throws IOException {
        out.startElement("a", null);
        out.writeAttribute("href", href, null);
        out.writeText(text, null);
        out.endElement("a");
    }
}
