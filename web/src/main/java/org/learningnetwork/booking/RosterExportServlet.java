package org.learningnetwork.booking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;

/**
 * {@code GET /coordinator/roster.csv?session=} and {@code /coordinator/roster.xlsx?session=}: a session's roster
 * for a spreadsheet, as CSV (RFC 4180) or as an Excel workbook (the learning team only: the paths are under
 * {@code /coordinator}). Both have the same columns. An unknown or malformed id answers 404.
 */
@WebServlet({"/coordinator/roster.csv", "/coordinator/roster.xlsx"})
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Installation.zone());
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        List<List<Object>> rows = rows(roster, texts, excel ? UnaryOperator.identity() : RosterExportServlet::cell);
        String name = "roster-session-" + session.getId() + (excel ? ".xlsx" : ".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        if (excel) {
            response.setContentType(XLSX);
            workbook(rows, texts.getString("roster.sheet"), response.getOutputStream());
        } else {
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
            try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
                csv.printRecords(rows);
            }
        }
    }

    /** The heading and one row per booking, waiting-list positions in order; {@code typed} treats people's own text. */
    private static List<List<Object>> rows(List<Booking> roster, ResourceBundle texts, UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Stream.of("roster.name", "roster.workEmail", "roster.organisation", "roster.jobTitle", "roster.status",
                "roster.appliedUkTime", "roster.position", "roster.lateCancellation").<Object>map(texts::getString).toList());
        int position = 0;
        for (Booking b : roster) {
            Integer queue = b.getStatus() == BookingStatus.WAITLISTED ? ++position : null;
            rows.add(Arrays.asList(typed.apply(b.getPerson().getFullName()), typed.apply(b.getPerson().getWorkEmail()),
                    typed.apply(b.getPerson().getOrganisation().getName()), typed.apply(b.getPerson().getJobTitle()), b.getStatus().name(),
                    UK_TIME.format(b.getAppliedAt()), queue, b.isLateCancellation() ? texts.getString("common.yes") : ""));
        }
        return rows;
    }

    /** One sheet with a bold, frozen heading row; numbers stay numbers. */
    private static void workbook(List<List<Object>> rows, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Learning Network", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Integer number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    /** Text typed by people, made safe to open in a spreadsheet: a leading =, +, - or @ would start a formula. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
