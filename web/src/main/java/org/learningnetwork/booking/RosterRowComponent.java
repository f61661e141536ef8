package org.learningnetwork.booking;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * One line of a session's roster ({@code <ln:rosterRow row="#{r}">} inside the roster's {@code ui:repeat}): its cells,
 * the link to the booking's history, then its children (the approve button, a Faces command that needs the row), then
 * the link that cancels the place. Written here rather than as expressions in the page: a hundred rows of seventeen
 * expressions each were 40% of what the roster cost the server to write (measured: docs/performance.md), where this is
 * one expression a row. The markup is the page's as it was; every text goes through the response writer, which escapes it.
 */
@FacesComponent(RosterRowComponent.TYPE)
public class RosterRowComponent extends UIComponentBase {

    public static final String TYPE = "org.learningnetwork.RosterRow";

    @Override
    public String getFamily() {
        return "org.learningnetwork.Rows";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    private RosterView.Row row() {
        return (RosterView.Row) getAttributes().get("row");
    }

    @Override
    public void encodeBegin(FacesContext faces) throws IOException {
        RosterView.Row row = row();
        ResponseWriter out = faces.getResponseWriter();
        out.startElement("tr", this);
        Cells.cell(out, row.getName(), null);
        Cells.cell(out, row.getOrganisation(), null);
        Cells.cell(out, row.getStatus(), null);
        Cells.cell(out, row.getApplied(), null);
        Cells.cell(out, row.getPosition() == null ? null : row.getPosition().toString(), null);
        Cells.cell(out, row.getAdjustments(), "roster__adjustments");
        out.startElement("td", null);
        String base = faces.getExternalContext().getRequestContextPath();
        Cells.link(out, null, "history-link", base + "/my/booking.xhtml?id=" + row.getBookingId(), text(faces, "history.link"), row.getName());
        out.write('\n');
    }

    @Override
    public void encodeEnd(FacesContext faces) throws IOException {
        RosterView.Row row = row();
        ResponseWriter out = faces.getResponseWriter();
        if (row.isActive()) {
            out.write('\n');
            Cells.link(out, "cancel-" + row.getBookingId(), "button button--secondary",
                    faces.getExternalContext().getRequestContextPath() + "/coordinator/cancel-place.xhtml?booking=" + row.getBookingId(),
                    text(faces, "roster.cancel"), row.getName());
        }
        out.endElement("td");
        out.endElement("tr");
    }

    private static String text(FacesContext faces, String key) {
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        return messages.getString(key);
    }
}
