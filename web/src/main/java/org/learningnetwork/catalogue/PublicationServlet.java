package org.learningnetwork.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.TableExport;

/**
 * What the learning team publishes, for anyone: the annual calendar of a financial year,
 * {@code /publications/calendar-2026.pdf} or {@code .xlsx} ({@code calendar.pdf} for the current year), and a course's
 * flyer, {@code /publications/flyer-<course id>.pdf}, and the Learning Outcomes Booklet,
 * {@code /publications/learning-outcomes.pdf}. A year out of range is 400; an unknown course or file, 404.
 */
@WebServlet(PublicationServlet.PATH + "/*")
public class PublicationServlet extends HttpServlet {

    static final String PATH = "/publications";
    /** The request attribute of the reason the refusal page gives instead of its general one. */
    public static final String REFUSAL = "learningnetwork.refusal";

    private static final long serialVersionUID = 1L;
    private static final Pattern CALENDAR = Pattern.compile("/calendar(?:-(\\d{1,9}))?\\.(pdf|xlsx)");
    private static final Pattern FLYER = Pattern.compile("/flyer-(\\d{1,18})\\.pdf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    private transient Publications publications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher calendar = CALENDAR.matcher(path);
        Matcher flyer = FLYER.matcher(path);
        if (calendar.matches()) {
            FinancialYear year;
            try {
                year = calendar.group(1) == null ? publications.currentYear() : new FinancialYear(Integer.parseInt(calendar.group(1)));
            } catch (IllegalArgumentException e) {
                // The refusal page says why (error/refused.xhtml), in the application's words.
                String reason = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK).getString("publications.yearOutOfRange");
                request.setAttribute(REFUSAL, java.text.MessageFormat.format(reason, Integer.toString(FinancialYear.FIRST),
                        Integer.toString(FinancialYear.LAST)));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String name = "training-calendar-" + year.startYear() + "-" + String.format("%02d", (year.startYear() + 1) % 100);
            if ("pdf".equals(calendar.group(2))) {
                pdf(response, name, publications.calendarPdf(year));
            } else {
                TableExport.send(response, name, true, rows(year), "Calendar " + year.startYear());
            }
        } else if ("/learning-outcomes.pdf".equals(path)) {
            pdf(response, "learning-outcomes-booklet", publications.booklet());
        } else if (flyer.matches()) {
            try {
                pdf(response, "course-flyer-" + flyer.group(1), publications.flyer(Long.parseLong(flyer.group(1))));
            } catch (NotFoundException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void pdf(HttpServletResponse response, String name, byte[] content) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(content);
    }

    /** The calendar as rows of a workbook: one per session and strand, with a link to the course. */
    private List<List<Object>> rows(FinancialYear year) {
        ResourceBundle texts = ResourceBundle.getBundle("org.learningnetwork.catalogue.publications", Locale.UK);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(texts.getString("calendar.strand"), texts.getString("calendar.month"), texts.getString("calendar.date"),
                texts.getString("calendar.time"), texts.getString("calendar.course"), texts.getString("calendar.mode"),
                texts.getString("calendar.where"), texts.getString("calendar.places"), texts.getString("calendar.closes"),
                texts.getString("calendar.link")));
        var zone = Installation.zone();
        for (Publications.CalendarLine line : publications.calendar(year)) {
            List<Object> row = new ArrayList<>();
            row.add(line.strand() == null ? texts.getString("calendar.other") : line.strand());
            row.add(line.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
            row.add(line.startsAt().atZone(zone).format(DAY));
            row.add(line.startsAt().atZone(zone).format(TIME) + "\u2013" + line.endsAt().atZone(zone).format(TIME));
            row.add(line.course());
            row.add(texts.getString("mode." + line.mode()));
            row.add(line.where(texts.getString("calendar.online"), texts.getString("calendar.toBeConfirmed")));
            row.add(line.places());
            row.add(line.bookingClosesAt().atZone(zone).format(DAY));
            row.add(Installation.baseUrl() + "/course.xhtml?id=" + line.courseId());
            rows.add(row);
        }
        return rows;
    }
}
