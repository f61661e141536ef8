package org.learningnetwork.booking;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The rows of "My team's bookings" ({@code <ln:teamBookingRows rows="#{teamBookingsView.bookings}"/>} in the table's
 * body): name, course linked to its page, when, status, attendance. Written here rather than by a {@code ui:repeat}
 * of expressions: ninety rows of them were a sixth of what the page cost the server (docs/performance.md). Every text
 * goes through the response writer, which escapes it.
 */
@FacesComponent(TeamBookingRowsComponent.TYPE)
public class TeamBookingRowsComponent extends UIComponentBase {

    public static final String TYPE = "org.learningnetwork.TeamBookingRows";

    @Override
    public String getFamily() {
        return "org.learningnetwork.Rows";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext faces) throws IOException {
        List<TeamBookingsView.Row> rows = (List<TeamBookingsView.Row>) getAttributes().get("rows");
        ResponseWriter out = faces.getResponseWriter();
        String course = faces.getExternalContext().getRequestContextPath() + "/course.xhtml?id=";
        for (TeamBookingsView.Row row : rows) {
            out.startElement("tr", this);
            Cells.cell(out, row.getName(), null);
            out.startElement("td", null);
            Cells.link(out, course + row.getCourseId(), row.getCourseTitle());
            out.endElement("td");
            Cells.cell(out, row.getWhen(), null);
            Cells.cell(out, row.getStatus(), null);
            Cells.cell(out, row.getAttendance(), null);
            out.endElement("tr");
        }
    }
}
