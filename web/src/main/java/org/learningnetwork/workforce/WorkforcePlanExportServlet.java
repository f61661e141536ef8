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
@WebServlet({"/coordinator/workforce.csv", "/coordinator/workforce.xlsx"})
public class WorkforcePlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WorkforcePlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long agency;
        try {
            String given = request.getParameter("agency");
            agency = given == null || given.isBlank() ? null : Long.valueOf(given.strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The agency is not one of ours.");
            return;
        }
        String network = blankToNull(request.getParameter("network"));
        String qualification = blankToNull(request.getParameter("qualification"));
        WorkforcePlan.Report report;
        try {
            if (network != null && !plans.networks().contains(network)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The network is not one of ours.");
                return;
            }
            report = plans.report(new WorkforcePlanService.Filter(network, agency, qualification));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        TableExport.send(response, "workforce-plan-" + report.asOf(), excel, rows(report, texts, TableExport.typed(excel)),
                texts.getString("workforce.sheet"));
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
