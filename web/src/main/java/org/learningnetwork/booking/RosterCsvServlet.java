package org.learningnetwork.booking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;

/**
 * {@code GET /coordinator/roster.csv?session=}: a session's roster as a CSV file for a spreadsheet (the
 * learning team only: the path is under {@code /coordinator}). An unknown or malformed id answers 404.
 */
@WebServlet("/coordinator/roster.csv")
public class RosterCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/London"));

    @Inject
    private transient CourseService courses;

    @Inject
    private transient BookingService bookings;

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
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"roster-session-" + session.getId() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        int position = 0;
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
            ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
            csv.printRecord(Stream.of("roster.name", "roster.workEmail", "roster.organisation", "roster.jobTitle", "roster.status",
                    "roster.appliedUkTime", "roster.position", "roster.lateCancellation").map(texts::getString).toList());
            for (Booking b : roster) {
                Integer queue = b.getStatus() == BookingStatus.WAITLISTED ? ++position : null;
                csv.printRecord(cell(b.getPerson().getFullName()), cell(b.getPerson().getWorkEmail()),
                        cell(b.getPerson().getOrganisation().getName()), cell(b.getPerson().getJobTitle()), b.getStatus().name(),
                        UK_TIME.format(b.getAppliedAt()), queue, b.isLateCancellation() ? texts.getString("common.yes") : "");
            }
        }
    }

    /** Text typed by people, made safe to open in a spreadsheet: a leading =, +, - or @ would start a formula. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
