package org.learningnetwork.workforce;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /coordinator/workforce.csv} and {@code .xlsx} ({@code ?network=&agency=&qualification=}): the
 * workforce-planning report as on the page, its three tables one after another. An agency that is not a number is
 * answered 400; anyone but the learning team 403.
 */
@WebServlet({"/coordinator/workforce.csv", "/coordinator/workforce.xlsx", "/coordinator/workforce.pdf"})
public class WorkforcePlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkforcePlanService plans;

    @Inject
    private transient org.learningnetwork.organisation.PartnershipService partnerships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        Long agency = id(request.getParameter("agency"));
        Long partnership = id(request.getParameter("partnership"));
        if (agency != null && agency < 0) {
            refuse(request, response, texts.getString("workforce.agency.invalid"));
            return;
        }
        String network = blankToNull(request.getParameter("network"));
        String qualification = blankToNull(request.getParameter("qualification"));
        WorkforcePlan.Report report;
        try {
            if (network != null && !plans.networks().contains(network)) {
                refuse(request, response, texts.getString("workforce.network.invalid"));
                return;
            }
            if (partnership != null && partnerships.list(true).stream().noneMatch(l -> l.partnership().getId().equals(partnership))) {
                refuse(request, response, texts.getString("workforce.partnership.invalid"));
                return;
            }
            report = plans.report(new WorkforcePlanService.Filter(network, partnership, agency, qualification));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getServletPath().endsWith(".pdf")) {
            sendPdf(response, report);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        TableExport.send(response, "workforce-plan-" + report.asOf(), excel, rows(report, texts, TableExport.typed(excel)),
                texts.getString("workforce.sheet"));
    }

    /** Answers 400, the refused page saying why. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        request.setAttribute(org.learningnetwork.catalogue.PublicationServlet.REFUSAL, why);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, why);
    }

    /** The report as a printed document: its tables by qualification and by agency, as the page shows them. */
    private static void sendPdf(HttpServletResponse response, WorkforcePlan.Report report) throws IOException {
        ResourceBundle texts = org.learningnetwork.figures.FigureText.texts();
        byte[] bytes;
        try (org.learningnetwork.platform.PdfText pdf = new org.learningnetwork.platform.PdfText(texts.getString("workforce.pdf.title") + ", "
                + report.asOf(), "Learning Network")) {
            pdf.heading(texts.getString("workforce.pdf.title"), 1);
            pdf.line(MessageFormat.format(texts.getString("workforce.pdf.asOf"), report.asOf().format(java.time.format.DateTimeFormatter
                    .ofPattern("d MMMM yyyy", java.util.Locale.UK))), 9, 12);
            WorkforcePlanTables.print(pdf, WorkforcePlanTables.forLearningTeam(report, texts), texts, 2);
            bytes = pdf.bytes();
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"workforce-plan-" + report.asOf() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The id given, none when blank, or -1 when it is not a number (no such one). */
    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The three tables, each under its title, a blank row between them. */
    static List<List<Object>> rows(WorkforcePlan.Report report, ResourceBundle texts, UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(texts.getString("workforce.qualifiers")));
        List<Object> heading = new ArrayList<>(List.of(texts.getString("workforce.qualification"), texts.getString("workforce.scqfLevel")));
        report.quarters().forEach(q -> heading.add(q.code()));
        report.years().forEach(y -> heading.add(MessageFormat.format(texts.getString("workforce.financialYear"), y + "/" + (y + 1) % 100)));
        rows.add(heading);
        for (WorkforcePlan.QualifierRow row : report.qualifiers()) {
            List<Object> line = new ArrayList<>(List.of(typed.apply(row.qualification().name()), row.qualification().scqfLevel()));
            line.addAll(row.perQuarter());
            report.years().forEach(y -> line.add(row.perYear().getOrDefault(y, 0L)));
            rows.add(line);
        }
        rows.add(List.of());
        rows.add(List.of(texts.getString("workforce.agencies")));
        rows.add(List.of(texts.getString("workforce.network"), texts.getString("workforce.agency"), texts.getString("workforce.workingTowards"),
                texts.getString("workforce.expectedThisYear"), texts.getString("workforce.registered"), texts.getString("workforce.atRisk"),
                texts.getString("workforce.renewalsDue")));
        for (WorkforcePlan.AgencyRow row : report.agencies()) {
            rows.add(List.of(typed.apply(row.network()), typed.apply(row.agency().name()), row.workingTowards(), row.expectedThisYear(),
                    row.registered(), row.conditionsAtRisk(), row.renewalsDue()));
        }
        rows.add(List.of());
        rows.add(List.of(texts.getString("workforce.gaps")));
        rows.add(List.of(texts.getString("workforce.qualification"), texts.getString("workforce.due"), texts.getString("workforce.met"),
                texts.getString("workforce.onTrack"), texts.getString("workforce.late"), texts.getString("workforce.notStarted"),
                texts.getString("workforce.overdue"), texts.getString("workforce.gap"), texts.getString("workforce.expectedQualifiers")));
        for (WorkforcePlan.GapRow row : report.gaps()) {
            rows.add(List.of(typed.apply(row.qualification().name()), row.due(), row.met(), row.onTrack(), row.late(), row.notStarted(),
                    row.overdue(), row.gap(), row.expectedQualifiers()));
        }
        return rows;
    }

}
