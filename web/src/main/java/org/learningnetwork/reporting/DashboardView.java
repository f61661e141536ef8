package org.learningnetwork.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningnetwork.figures.CommitteeService;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;

/**
 * A committee's KPI dashboard ({@code /committee/dashboard.xhtml?committee=&quarter=}): the quarter's indicators beside
 * the quarter before, their trend over the last eight quarters (charts, with the same figures as a table), and the
 * quarter by strand, agency and workforce group; each table can be downloaded. Without a quarter it shows the latest
 * quarter worked out; a malformed or future quarter is said to be so.
 */
@Named
@RequestScoped
public class DashboardView {

    /** How many quarters the trend shows. */
    public static final int TREND_QUARTERS = 8;

    @Inject
    private KpiService kpis;

    @Inject
    private CommitteeService committeeList;

    @Inject
    private Messages messages;

    @Inject
    private ReportPack packs;

    private String committee;
    private String quarterCode;
    private Quarter quarter;
    private String problem;
    private Map<String, String> committees;
    private Map<Quarter, KpiFigure> trend;
    private List<ReportFile> reportFiles;

    /** Reads the committee and quarter asked for (view action). */
    public void load() {
        committees = committeeList.readableNames();
        if (committees.isEmpty()) {
            // A committee viewer whose account is linked to no committee yet: nothing to show them.
            org.learningnetwork.platform.NotFound.forbidden();
            return;
        }
        if (committee == null || !committees.containsKey(committee)) {
            committee = committees.keySet().iterator().next();
        }
        if (quarterCode == null || quarterCode.isBlank()) {
            quarter = kpis.latestQuarter(committee).orElse(Quarter.of(LocalDate.now(Installation.zone())).previous());
        } else {
            try {
                quarter = Quarter.begun(quarterCode, LocalDate.now(Installation.zone()));
            } catch (org.learningnetwork.platform.RejectedException e) {
                problem = e.getProblems().get(0).messageKey();
            }
        }
        if (problem != null) {
            messages.error("quarter", problem);
            return;
        }
        quarterCode = quarter.code();
        trend = kpis.trend(committee, quarter, TREND_QUARTERS);
    }

    public boolean isShown() {
        return quarter != null;
    }

    /** Whether the quarter has been worked out for the committee. */
    public boolean isWorkedOut() {
        return trend != null && trend.containsKey(quarter);
    }

    public KpiFigure getCurrent() {
        return trend == null ? null : trend.get(quarter);
    }

    public KpiFigure getPrevious() {
        return trend == null ? null : trend.get(quarter.previous());
    }

    /** What the dashboard says of the figures it does not show. */
    public String getSmallNumbers() {
        return java.text.MessageFormat.format(FigureText.texts().getString("kpi.smallNumbers"), SmallNumbers.threshold());
    }

    public List<KpiTables.Indicator> getIndicators() {
        return KpiTables.HEADLINE;
    }

    public List<KpiTables.Indicator> getBreakdownIndicators() {
        return KpiTables.BREAKDOWN;
    }

    /** The trend's quarters, oldest first: all eight, worked out or not. */
    public List<Quarter> getTrendQuarters() {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = quarter;
        for (int i = 0; i < TREND_QUARTERS; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    public KpiFigure trendFigure(Quarter q) {
        return trend.get(q);
    }

    public String text(KpiTables.Indicator indicator, KpiFigure figure) {
        return indicator.text(figure);
    }

    /** The rows of a breakdown (STRAND, AGENCY, GROUP) with their names, by name. */
    public List<Map.Entry<String, KpiFigure>> breakdown(String dimension) {
        KpiDimension d = KpiDimension.valueOf(dimension);
        List<KpiFigure> figures = kpis.stored(quarter, committee, d);
        Map<String, String> names = kpis.keyNames(d, figures.stream().map(f -> f.getId().getKey()).toList());
        return figures.stream().map(f -> Map.entry(names.getOrDefault(f.getId().getKey(), f.getId().getKey()), f))
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The rates chart: fill, attendance, response and practice change (per cent) over the trend's quarters. */
    public String getRatesChart() {
        return chart("line", 100, List.of(KpiTables.HEADLINE.get(3), KpiTables.HEADLINE.get(4), KpiTables.HEADLINE.get(12),
                KpiTables.HEADLINE.get(15)), "#1d70b8", "#00703c", "#6f2da8", "#b58840");
    }

    /** The reach chart: bookings and unique learners over the trend's quarters. */
    public String getReachChart() {
        return chart("bar", null, List.of(KpiTables.HEADLINE.get(2), KpiTables.HEADLINE.get(8)), "#1d70b8", "#00703c");
    }

    /** A chart of the trend's quarters; the value axis from zero (to {@code max}, for rates: 100 per cent), the legend below. */
    private String chart(String type, Integer max, List<KpiTables.Indicator> indicators, String... colours) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getTrendQuarters().forEach(q -> labels.add(q.code()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            KpiTables.Indicator indicator = indicators.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Quarter q : getTrendQuarters()) {
                Object value = indicator.number(trend.get(q));
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(new BigDecimal(value.toString()));
                }
            }
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", indicator.label())
                    .add("data", data).add("borderColor", colours[i]).add("backgroundColor", colours[i]).add("spanGaps", true);
            datasets.add(dataset);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", max == null
                                ? Json.createObjectBuilder().add("beginAtZero", true)
                                : Json.createObjectBuilder().add("beginAtZero", true).add("max", max)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The files of the shown quarter's report pack for the committee. */
    public List<ReportFile> getReportFiles() {
        if (reportFiles == null) {
            reportFiles = packs.stored().stream().filter(r -> r.quarter().equals(quarter.code()) && r.committee().equals(committee)).toList();
        }
        return reportFiles;
    }

    public Map<String, String> getCommittees() {
        return committees;
    }

    public String getCommitteeName() {
        return committees.get(committee);
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getQuarter() {
        return quarterCode;
    }

    public void setQuarter(String quarter) {
        this.quarterCode = quarter;
    }

    public Quarter getShownQuarter() {
        return quarter;
    }
}
