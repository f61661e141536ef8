package org.learningnetwork.booking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /coordinator/roster.csv?session=} and {@code /coordinator/roster.xlsx?session=}: a session's roster
 * for a spreadsheet, as CSV (RFC 4180) or as an Excel workbook (the learning team only: the paths are under
 * {@code /coordinator}). Both have the same columns. An unknown or malformed id answers 404.
 */
@WebServlet({"/coordinator/roster.csv", "/coordinator/roster.xlsx"})
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Installation.zone());

    @Inject
    private transient CourseService courses;

    @Inject
    private transient BookingQueries bookings;

    @Inject
    private transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CourseSession session;
        List<Booking> roster;
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter("session")).strip());
            session = courses.findSession(id);
            roster = bookings.roster(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        audit.record(AuditAction.EXPORTED, "CourseSession", session.getId(), excel ? "roster.xlsx" : "roster.csv");
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        // A workbook's text cells are never formulas; a CSV file's may become one when opened.
        List<List<Object>> rows = rows(roster, texts, TableExport.typed(excel));
        TableExport.send(response, "roster-session-" + session.getId(), excel, rows, texts.getString("roster.sheet"));
    }

    /** The heading and one row per booking, waiting-list positions in order; {@code typed} treats people's own text. */
    private static List<List<Object>> rows(List<Booking> roster, ResourceBundle texts, UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Stream.of("roster.name", "roster.workEmail", "roster.organisation", "roster.jobTitle", "roster.status",
                "roster.appliedUkTime", "roster.position", "roster.lateCancellation", "roster.adjustments").<Object>map(texts::getString).toList());
        int position = 0;
        for (Booking b : roster) {
            Integer queue = b.getStatus() == BookingStatus.WAITLISTED ? ++position : null;
            rows.add(Arrays.asList(typed.apply(b.getPerson().getFullName()), typed.apply(b.getPerson().getWorkEmail()),
                    typed.apply(b.getPerson().getOrganisation().getName()), typed.apply(b.getPerson().getJobTitle()), b.getStatus().name(),
                    UK_TIME.format(b.getAppliedAt()), queue, b.isLateCancellation() ? texts.getString("common.yes") : "",
                    typed.apply(b.getAdjustments())));
        }
        return rows;
    }
}
