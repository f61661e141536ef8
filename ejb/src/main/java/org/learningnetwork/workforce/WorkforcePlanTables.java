package org.learningnetwork.workforce;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.platform.PdfText;

/**
 * The workforce plan as tables of a printed page: qualifiers expected by qualification and financial year, registration
 * conditions falling due by qualification, and the figures by agency (for the learning team) or by network (for a
 * committee, whose copy shows no figure about fewer people than the smallest count, as every committee figure). Pure:
 * the learning team's PDF download and the committees' quarterly pack print the same tables.
 */
public final class WorkforcePlanTables {

    /** A table: its title, its column headings, and its rows of cells as printed. */
    public record Table(String title, List<String> heading, List<List<String>> rows) {
    }

    private WorkforcePlanTables() {
    }

    /** The learning team's tables: every figure as it is, the last table by agency. */
    public static List<Table> forLearningTeam(WorkforcePlan.Report report, ResourceBundle texts) {
        List<Table> tables = common(report, texts, 0);
        List<List<Long>> byAgency = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (WorkforcePlan.AgencyRow row : report.agencies()) {
            names.add(row.agency().name() + " (" + row.network() + ")");
            byAgency.add(List.of(row.workingTowards(), row.expectedThisYear(), row.registered(), row.conditionsAtRisk(), row.renewalsDue()));
        }
        tables.add(table(texts.getString("workforce.pdf.agencies"), texts.getString("workforce.pdf.agency"), figuresHeading(texts), names,
                byAgency, texts, 0));
        return tables;
    }

    /** A committee's tables: the last by network (the agencies of each added up), small numbers not shown. */
    public static List<Table> forCommittee(WorkforcePlan.Report report, ResourceBundle texts, int threshold) {
        List<Table> tables = common(report, texts, threshold);
        Map<String, long[]> networks = new TreeMap<>();
        for (WorkforcePlan.AgencyRow row : report.agencies()) {
            long[] sums = networks.computeIfAbsent(row.network(), k -> new long[5]);
            long[] figures = {row.workingTowards(), row.expectedThisYear(), row.registered(), row.conditionsAtRisk(), row.renewalsDue()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] += figures[i];
            }
        }
        List<List<Long>> byNetwork = new ArrayList<>();
        networks.values().forEach(sums -> byNetwork.add(java.util.Arrays.stream(sums).boxed().toList()));
        tables.add(table(texts.getString("workforce.pdf.networks"), texts.getString("workforce.pdf.network"), figuresHeading(texts),
                new ArrayList<>(networks.keySet()), byNetwork, texts, threshold));
        return tables;
    }

    private static List<String> figuresHeading(ResourceBundle texts) {
        return List.of(texts.getString("workforce.pdf.workingTowards"), texts.getString("workforce.pdf.expectedThisYear"),
                texts.getString("workforce.pdf.registered"), texts.getString("workforce.pdf.atRisk"), texts.getString("workforce.pdf.renewalsDue"));
    }

    /** The qualifiers and conditions tables: the qualifications with something to show. */
    private static List<Table> common(WorkforcePlan.Report report, ResourceBundle texts, int threshold) {
        List<Table> tables = new ArrayList<>();
        List<String> yearHeadings = new ArrayList<>();
        report.years().forEach(y -> yearHeadings.add(MessageFormat.format(texts.getString("workforce.pdf.financialYear"), y + "/" + (y + 1) % 100)));
        yearHeadings.add(texts.getString("workforce.pdf.total"));
        List<String> names = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        for (WorkforcePlan.QualifierRow row : report.qualifiers()) {
            if (row.total() > 0) {
                names.add(row.qualification().name());
                List<Long> cells = new ArrayList<>();
                report.years().forEach(y -> cells.add(row.perYear().getOrDefault(y, 0L)));
                cells.add(row.total());
                counts.add(cells);
            }
        }
        tables.add(table(texts.getString("workforce.pdf.qualifiers"), texts.getString("workforce.pdf.qualification"), yearHeadings, names,
                counts, texts, threshold));

        names = new ArrayList<>();
        counts = new ArrayList<>();
        for (WorkforcePlan.GapRow row : report.gaps()) {
            if (row.due() > 0) {
                names.add(row.qualification().name());
                counts.add(List.of(row.due(), row.met(), row.onTrack(), row.gap(), row.expectedQualifiers()));
            }
        }
        tables.add(table(texts.getString("workforce.pdf.conditions"), texts.getString("workforce.pdf.qualification"),
                List.of(texts.getString("workforce.pdf.due"), texts.getString("workforce.pdf.met"), texts.getString("workforce.pdf.onTrack"),
                        texts.getString("workforce.pdf.gap"), texts.getString("workforce.pdf.expectedQualifiers")), names, counts, texts, threshold));
        return tables;
    }

    /**
     * A table of counts of people, one row per name. With a threshold, a count about fewer people (but some) is not
     * shown, and where a column hides exactly one, the next smallest is withheld too ({@link SmallNumbers}).
     */
    static Table table(String title, String first, List<String> columns, List<String> names, List<List<Long>> counts, ResourceBundle texts,
            int threshold) {
        List<String> heading = new ArrayList<>(List.of(first));
        heading.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            List<String> row = new ArrayList<>(List.of(name));
            rows.add(row);
        }
        String fewer = MessageFormat.format(texts.getString("kpi.fewerThan"), threshold);
        String withheld = texts.getString("kpi.withheld");
        for (int column = 0; column < columns.size(); column++) {
            Map<Integer, Integer> people = new LinkedHashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                people.put(i, (int) Math.min(Integer.MAX_VALUE, counts.get(i).get(column)));
            }
            Set<Integer> secondary = threshold > 0 ? SmallNumbers.secondary(people, threshold) : Set.of();
            for (int i = 0; i < counts.size(); i++) {
                int value = people.get(i);
                rows.get(i).add(threshold > 0 && SmallNumbers.small(value, threshold) ? fewer : secondary.contains(i) ? withheld : Integer.toString(value));
            }
        }
        return new Table(title, heading, rows);
    }

    /** Prints the tables, each under its heading (level {@code level}); a table with no rows says so. */
    public static void print(PdfText pdf, List<Table> tables, ResourceBundle texts, int level) {
        for (Table table : tables) {
            pdf.space(8);
            pdf.heading(table.title(), level, level <= 2 ? 13 : 11, 14);
            if (table.rows().isEmpty()) {
                pdf.line(texts.getString("workforce.pdf.none"), 9, 10);
                continue;
            }
            int others = table.heading().size() - 1;
            float[] widths = new float[table.heading().size()];
            widths[0] = 451 - others * 52f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 52;
            }
            pdf.row(8, widths, true, table.heading().toArray(String[]::new));
            for (List<String> row : table.rows()) {
                pdf.row(8, widths, false, row.toArray(String[]::new));
            }
        }
    }
}
