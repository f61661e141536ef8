package org.learningnetwork.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.learningnetwork.access.Roles;
import org.learningnetwork.actionlearning.ProgrammeFigures;
import org.learningnetwork.actionlearning.ProgrammeTables;
import org.learningnetwork.figures.Committee;
import org.learningnetwork.figures.CommitteeScope;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.PdfText;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.strategy.PriorityFigures;
import org.learningnetwork.workforce.WorkforcePlan;
import org.learningnetwork.workforce.WorkforcePlanQueries;
import org.learningnetwork.workforce.WorkforcePlanService;
import org.learningnetwork.workforce.WorkforcePlanTables;

/**
 * A committee's report pack for a quarter, made from the stored snapshot: a PDF (the indicators beside the quarter
 * before, a chart of the rates and one of bookings over eight quarters, the breakdowns by strand, agency and workforce
 * group, how the figures are counted), a spreadsheet and a CSV file of the same figures. The quarterly KPI job renders
 * and stores the packs and e-mails each to its committee's distribution list; the learning team and committee members
 * download them.
 */
@Stateless
public class ReportPack {

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final int TREND = 8;

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private KpiNames names;

    @Inject
    private KpiSnapshots snapshots;

    @Inject
    private PriorityFigures priorities;

    /** Renders the committee's pack for the quarter from its stored figures, and stores it in place of any before. */
    private List<KpiReport> render(Quarter quarter, String committee) {
        Map<KpiDimension, List<KpiFigure>> figures = new TreeMap<>();
        for (KpiDimension dimension : KpiDimension.values()) {
            figures.put(dimension, snapshots.figures(quarter, committee, dimension));
        }
        Map<Quarter, KpiFigure> trend = snapshots.trend(committee, quarter, TREND);
        String name = committeeName(committee);
        figures.values().forEach(list -> names.name(list, name));
        Instant now = clock.instant();
        em.createQuery("delete from KpiReport r where r.quarter = :quarter and r.committee = :committee")
                .setParameter("quarter", quarter.code()).setParameter("committee", committee).executeUpdate();
        Committee group = em.find(Committee.class, committee);
        List<PriorityFigures.Quarterly> served = priorities.quarter(quarter,
                group == null ? List.of() : group.getStrands().stream().map(Strand::getCode).toList());
        WorkforcePlan.Report workforce = group != null && group.isWorkforceSection()
                ? WorkforcePlanQueries.report(em, WorkforcePlanService.Filter.ALL, java.util.Optional.empty(), now.atZone(ZONE).toLocalDate())
                : null;
        ProgrammeFigures.Programme programme = group != null && group.isActionLearningSection()
                ? ProgrammeFigures.of(em, quarter, null, now) : null;
        List<KpiReport> reports = List.of(
                new KpiReport(quarter, committee, KpiReport.Format.PDF, pdf(quarter, name, figures, trend, served, workforce, programme, now), now),
                new KpiReport(quarter, committee, KpiReport.Format.XLSX, workbook(quarter, name, figures, served), now),
                new KpiReport(quarter, committee, KpiReport.Format.CSV, csv(quarter, name, figures, served), now));
        reports.forEach(em::persist);
        return reports;
    }

    /**
     * Renders, stores and e-mails the committee's pack for the quarter (in one transaction), unless it was sent since
     * the quarter's figures last changed; returns how many e-mails, or nothing if it had been sent.
     */
    @PermitAll
    public OptionalInt sendOnce(Quarter quarter, String committee) {
        KpiSnapshot snapshot = em.find(KpiSnapshot.class, quarter.code(), LockModeType.PESSIMISTIC_WRITE);
        if (snapshot != null && snapshot.packSent(committee)) {
            return OptionalInt.empty();
        }
        render(quarter, committee);
        int mailed = mail(quarter, committee);
        if (snapshot != null) {
            snapshot.packSent(committee, clock.instant());
        }
        return OptionalInt.of(mailed);
    }

    /** E-mails the committee's pack for the quarter to each address on its distribution list; returns how many. */
    private int mail(Quarter quarter, String committee) {
        List<String> recipients = em.createQuery("select r.email from CommitteeRecipient r where r.committee = :committee order by r.id",
                String.class).setParameter("committee", committee).getResultList();
        ResourceBundle texts = FigureText.texts();
        String name = committeeName(committee);
        String subject = MessageFormat.format(texts.getString("report.mail.subject"), name, quarter.code());
        String body = MessageFormat.format(texts.getString("report.mail.body"), name, quarter.code(),
                Installation.baseUrl() + "/committee/dashboard.xhtml?committee=" + committee + "&quarter=" + quarter.code());
        for (String recipient : recipients) {
            outbox.queue(MailKind.KPI_REPORT, null, recipient, subject, body, null).attachReport(quarter.code(), committee);
        }
        return recipients.size();
    }

    /** A stored file of a pack. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Optional<KpiReport> find(Quarter quarter, String committee, KpiReport.Format format) {
        if (!CommitteeScope.readable(em, context).contains(committee)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(KpiReport.class, new KpiReport.Key(quarter.code(), committee, format)));
    }

    /** The packs stored, newest quarter first (their files' contents are not read). */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public List<ReportFile> stored() {
        java.util.Set<String> readable = CommitteeScope.readable(em, context);
        return em.createQuery("select new org.learningnetwork.reporting.ReportFile(r.quarter, r.committee, r.format, r.fileName, r.createdAt)"
                + " from KpiReport r order by r.quarter desc, r.committee, r.format", ReportFile.class).getResultList().stream()
                .filter(f -> readable.contains(f.committee())).toList();
    }

    private String committeeName(String committee) {
        return em.createNativeQuery("select name from committee where code = ?").setParameter(1, committee).getSingleResult().toString();
    }

    private static byte[] pdf(Quarter quarter, String committee, Map<KpiDimension, List<KpiFigure>> figures,
            Map<Quarter, KpiFigure> trend, List<PriorityFigures.Quarterly> served, WorkforcePlan.Report workforce,
            ProgrammeFigures.Programme programme, Instant now) {
        ResourceBundle texts = FigureText.texts();
        KpiFigure current = figures.get(KpiDimension.ALL).stream().findFirst().orElse(null);
        KpiFigure previous = trend.get(quarter.previous());
        try (PdfText pdf = new PdfText(texts.getString("report.title") + ": " + committee + ", " + quarter.code(), "Learning Network")) {
            pdf.heading(texts.getString("report.title"), 1);
            pdf.line(MessageFormat.format(texts.getString("report.subtitle"), committee, quarter.code(), DAY.format(quarter.firstDay()),
                    DAY.format(quarter.endExclusive().minusDays(1))), 12, 16);
            pdf.line(MessageFormat.format(texts.getString("report.generated"), DAY_AND_TIME.format(now.atZone(ZONE))), 9, 18);
            pdf.heading(texts.getString("report.headline"), 2);
            float[] widths = {250, 110, 110};
            pdf.row(10, widths, true, texts.getString("report.column.indicator"), quarter.code(), texts.getString("report.column.previous"));
            for (KpiTables.Indicator indicator : KpiTables.HEADLINE) {
                pdf.row(10, widths, false, indicator.label(), indicator.text(current), indicator.text(previous));
            }
            pdf.space(6);
            pdf.line(MessageFormat.format(texts.getString("kpi.smallNumbers"), SmallNumbers.threshold()), 9, 12);
            List<PdfText.Bar> rates = new ArrayList<>();
            for (KpiTables.Indicator indicator : KpiTables.RATES) {
                rates.add(bar(indicator.label() + ", " + quarter.code(), indicator, current));
                rates.add(bar(indicator.label() + ", " + quarter.previous().code(), indicator, previous));
            }
            pdf.barChart(texts.getString("report.chart.rates"), MessageFormat.format(texts.getString("report.chart.legend"), quarter.code(),
                    quarter.previous().code()), rates, 100, 2, 9);
            List<PdfText.Bar> bookings = new ArrayList<>();
            double most = 0;
            Quarter q = quarter;
            List<Quarter> quarters = new ArrayList<>();
            for (int i = 0; i < TREND; i++) {
                quarters.add(0, q);
                q = q.previous();
            }
            for (Quarter each : quarters) {
                KpiFigure f = trend.get(each);
                bookings.add(bar(each.code(), KpiTables.HEADLINE.get(2), f));
                most = Math.max(most, f == null ? 0 : f.getBookings());
            }
            pdf.barChart(texts.getString("report.chart.bookings"), bookings, most, 1, 9);
            breakdown(pdf, texts.getString("report.strands"), figures.get(KpiDimension.STRAND));
            breakdown(pdf, texts.getString("report.agencies"), figures.get(KpiDimension.AGENCY));
            breakdown(pdf, texts.getString("report.groups"), figures.get(KpiDimension.GROUP));
            priorities(pdf, served);
            pdf.space(8);
            pdf.line(texts.getString("report.definitions"), 9, 12);
            if (workforce != null) {
                pdf.space(8);
                pdf.heading(texts.getString("workforce.pdf.title"), 2, 13, 16);
                pdf.line(MessageFormat.format(texts.getString("workforce.pdf.asOf"), DAY.format(workforce.asOf())), 9, 12);
                WorkforcePlanTables.print(pdf, WorkforcePlanTables.forCommittee(workforce, texts, SmallNumbers.threshold()), texts, 3);
            }
            if (programme != null) {
                ProgrammeTables.print(pdf, programme, texts, SmallNumbers.threshold());
            }
            return pdf.bytes();
        }
    }

    private static PdfText.Bar bar(String label, KpiTables.Indicator indicator, KpiFigure figure) {
        Object value = indicator.number(figure);
        return new PdfText.Bar(label, value == null ? 0 : new BigDecimal(value.toString()).doubleValue(), value != null, indicator.text(figure));
    }

    private static void breakdown(PdfText pdf, String heading, List<KpiFigure> figures) {
        pdf.space(8);
        pdf.heading(heading, 2, 13, 16);
        float[] widths = {170, 60, 70, 60, 70, 70};
        List<KpiTables.Indicator> shown = List.of(KpiTables.HEADLINE.get(2), KpiTables.HEADLINE.get(4), KpiTables.HEADLINE.get(8),
                KpiTables.HEADLINE.get(12), KpiTables.HEADLINE.get(13));
        List<String> headingCells = new ArrayList<>(List.of(""));
        shown.forEach(i -> headingCells.add(i.label()));
        pdf.row(8, widths, true, headingCells.toArray(String[]::new));
        for (KpiFigure figure : figures) {
            List<String> cells = new ArrayList<>(List.of(figure.getName()));
            shown.forEach(i -> cells.add(i.text(figure)));
            pdf.row(8, widths, false, cells.toArray(String[]::new));
        }
    }

    /** The strategy's priorities served by the committee's strands: the quarter's figures and the financial year's sessions. */
    private static void priorities(PdfText pdf, List<PriorityFigures.Quarterly> served) {
        ResourceBundle texts = FigureText.texts();
        int threshold = SmallNumbers.threshold();
        pdf.space(8);
        pdf.heading(texts.getString("report.priorities"), 2, 13, 16);
        pdf.line(texts.getString("report.priorities.intro"), 9, 12);
        if (served.isEmpty()) {
            pdf.line(texts.getString("report.priorities.none"), 9, 12);
            return;
        }
        float[] widths = {180, 50, 60, 60, 150};
        pdf.row(8, widths, true, texts.getString("report.priority.column.priority"), texts.getString("report.priority.column.sessions"),
                texts.getString("report.priority.column.attended"), texts.getString("report.priority.column.satisfaction"),
                texts.getString("report.priority.column.year"));
        for (PriorityFigures.Quarterly row : served) {
            pdf.row(8, widths, false, row.priority().getTitle(), String.valueOf(row.sessions()),
                    PriorityCells.text(PriorityCells.attended(row, threshold)), PriorityCells.text(PriorityCells.satisfaction(row, threshold)),
                    PriorityCells.year(row.year()));
        }
    }

    /**
     * One row per breakdown key: committee, quarter, breakdown, name, then every indicator (numbers as numbers); then
     * one per strategy priority served, with its sessions, people and satisfaction under those indicators and its
     * financial year in the last column.
     */
    private static List<List<Object>> rows(Quarter quarter, String committee, Map<KpiDimension, List<KpiFigure>> figures,
            List<PriorityFigures.Quarterly> served, boolean forCsv) {
        ResourceBundle texts = FigureText.texts();
        List<List<Object>> rows = new ArrayList<>();
        List<Object> heading = new ArrayList<>(List.of(texts.getString("report.column.committee"), texts.getString("kpi.quarter"),
                texts.getString("report.column.breakdown"), texts.getString("report.column.name")));
        KpiTables.HEADLINE.forEach(i -> heading.add(i.label()));
        heading.add(texts.getString("report.priority.column.year"));
        rows.add(heading);
        for (Map.Entry<KpiDimension, List<KpiFigure>> entry : figures.entrySet()) {
            for (KpiFigure figure : entry.getValue()) {
                List<Object> row = new ArrayList<>(List.of(committee, quarter.code(), texts.getString("report.breakdown." + entry.getKey()),
                        forCsv ? safe(figure.getName()) : figure.getName()));
                KpiTables.HEADLINE.forEach(i -> row.add(i.cell(figure)));
                row.add(null);
                rows.add(row);
            }
        }
        int threshold = SmallNumbers.threshold();
        for (PriorityFigures.Quarterly priority : served) {
            List<Object> row = new ArrayList<>(List.of(committee, quarter.code(), texts.getString("report.breakdown.PRIORITY"),
                    forCsv ? safe(priority.priority().getTitle()) : priority.priority().getTitle()));
            for (KpiTables.Indicator indicator : KpiTables.HEADLINE) {
                row.add(switch (indicator.key()) {
                    case "sessionsDelivered" -> priority.sessions();
                    case "uniqueLearners" -> PriorityCells.attended(priority, threshold);
                    case "meanSatisfaction" -> PriorityCells.satisfaction(priority, threshold);
                    default -> null;
                });
            }
            row.add(PriorityCells.year(priority.year()));
            rows.add(row);
        }
        return rows;
    }

    private static byte[] workbook(Quarter quarter, String committee, Map<KpiDimension, List<KpiFigure>> figures,
            List<PriorityFigures.Quarterly> served) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Learning Network", "1.0");
            Worksheet sheet = workbook.newWorksheet(FigureText.texts().getString("report.sheet"));
            List<List<Object>> rows = rows(quarter, committee, figures, served, false);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] csv(Quarter quarter, String committee, Map<KpiDimension, List<KpiFigure>> figures,
            List<PriorityFigures.Quarterly> served) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            csv.printRecords(rows(quarter, committee, figures, served, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A name made safe to open in a spreadsheet: a leading =, +, - or @ would start a formula. */
    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
