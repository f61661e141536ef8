package org.learningnetwork.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningnetwork.evaluation.CourseImpactRow;
import org.learningnetwork.evaluation.CourseImpactService;
import org.learningnetwork.evaluation.ImpactColumns;
import org.learningnetwork.figures.CommitteeService;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Messages;

/**
 * {@code GET /committee/kpi.csv?committee=&quarter=&table=}: one of the dashboard's tables as CSV (RFC 4180) — ALL (the
 * quarter's indicators), TREND (the last eight quarters), STRAND, AGENCY or GROUP (the quarter by breakdown), or IMPACT
 * (the impact view per course). Numbers
 * as numbers, none as an empty cell. An unknown committee, table or quarter answers 404.
 */
@WebServlet("/committee/kpi.csv")
public class KpiExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient KpiService kpis;

    @Inject
    private transient CommitteeService committeeList;

    @Inject
    private transient CourseImpactService impacts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String committee = request.getParameter("committee");
        String table = String.valueOf(request.getParameter("table"));
        Quarter quarter = Quarter.parse(request.getParameter("quarter")).orElse(null);
        if (quarter == null || committee == null || !committeeList.readableNames().containsKey(committee)
                || !List.of("ALL", "TREND", "STRAND", "AGENCY", "GROUP", "IMPACT").contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        ResourceBundle kpi = FigureText.texts();
        List<List<Object>> rows = new ArrayList<>();
        if (table.equals("IMPACT")) {
            List<Object> heading = new ArrayList<>(List.of(kpi.getString("kpi.quarter"), kpi.getString("impact.course")));
            ImpactColumns.ALL.forEach(c -> heading.add(c.label()));
            heading.add(kpi.getString("impact.topBarriers"));
            heading.add(kpi.getString("impact.flagged"));
            rows.add(heading);
            for (CourseImpactRow row : impacts.forCommittee(quarter, committee)) {
                List<Object> cells = new ArrayList<>(List.of(quarter.code(), cell(row.title())));
                ImpactColumns.ALL.forEach(c -> cells.add(c.cell(row.impact())));
                cells.add(cell(ImpactColumns.topBarriers(row.impact())));
                cells.add(kpi.getString(row.impact().isFlagged() ? "impact.flag.yes" : "impact.flag.no"));
                rows.add(cells);
            }
        } else if (table.equals("TREND")) {
            Map<Quarter, KpiFigure> trend = kpis.trend(committee, quarter, DashboardView.TREND_QUARTERS);
            List<Object> heading = new ArrayList<>(List.of(kpi.getString("kpi.quarter")));
            KpiTables.HEADLINE.forEach(i -> heading.add(i.label()));
            rows.add(heading);
            Quarter q = quarter;
            List<Quarter> quarters = new ArrayList<>();
            for (int i = 0; i < DashboardView.TREND_QUARTERS; i++) {
                quarters.add(0, q);
                q = q.previous();
            }
            for (Quarter each : quarters) {
                List<Object> row = new ArrayList<>(List.of(each.code()));
                KpiTables.HEADLINE.forEach(i -> row.add(i.cell(trend.get(each))));
                rows.add(row);
            }
        } else {
            KpiDimension dimension = KpiDimension.valueOf(table);
            List<KpiTables.Indicator> indicators = dimension == KpiDimension.ALL ? KpiTables.HEADLINE : KpiTables.BREAKDOWN;
            List<KpiFigure> figures = kpis.stored(quarter, committee, dimension);
            Map<String, String> names = kpis.keyNames(dimension, figures.stream().map(f -> f.getId().getKey()).toList());
            List<Object> heading = new ArrayList<>(List.of(kpi.getString("kpi.quarter"), texts.getString("dashboard.name." + table)));
            indicators.forEach(i -> heading.add(i.label()));
            rows.add(heading);
            for (KpiFigure figure : figures) {
                List<Object> row = new ArrayList<>(List.of(quarter.code(), cell(names.getOrDefault(figure.getId().getKey(), figure.getId().getKey()))));
                indicators.forEach(i -> row.add(i.cell(figure)));
                rows.add(row);
            }
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"kpi-" + committee.toLowerCase() + "-" + quarter.code() + "-"
                + table.toLowerCase() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
            csv.printRecords(rows);
        }
    }

    /** A name made safe to open in a spreadsheet: a leading =, +, - or @ would start a formula. */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
