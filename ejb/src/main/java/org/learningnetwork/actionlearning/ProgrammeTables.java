package org.learningnetwork.actionlearning;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.platform.PdfText;

/**
 * The action-learning programme's figures as tables, the same on the learning team's dashboard and in the
 * committees' quarterly pack: the sets running, the themes raised by quarter, by the sets' purpose and by agency, and
 * the questionnaires' results by checkpoint. Figures about fewer people than the threshold are withheld: a set's
 * members and attendance, an agency's column of themes (and the next smallest, so that totals do not give it away),
 * a question's result.
 */
public final class ProgrammeTables {

    /** What a withheld cell shows. */
    public static final String WITHHELD = "*";

    private ProgrammeTables() {
    }

    /** A table: its title, its column headings (the first over the rows' names) and rows of cells as text. */
    public record Table(String id, String title, List<String> heading, List<List<String>> rows) {
    }

    /** The programme's tables, withholding figures about fewer than {@code threshold} people. */
    public static List<Table> of(ProgrammeFigures.Programme programme, ResourceBundle texts, int threshold) {
        List<Table> tables = new ArrayList<>();
        tables.add(sets(programme, texts, threshold));
        tables.add(byQuarter(programme, texts));
        tables.add(byPurpose(programme, texts));
        tables.add(byAgency(programme, texts, threshold));
        tables.add(results(programme, texts, threshold));
        return tables;
    }

    static Table sets(ProgrammeFigures.Programme programme, ResourceBundle texts, int threshold) {
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammeFigures.SetRow set : programme.sets()) {
            boolean small = SmallNumbers.small(set.members(), threshold);
            Integer rate = set.attendanceRate();
            rows.add(List.of(set.name(), texts.getString("actionLearning.purpose." + set.purpose()), small ? WITHHELD : String.valueOf(set.members()),
                    String.valueOf(set.meetings()), small || rate == null ? (small ? WITHHELD : "") : rate + "%"));
        }
        return new Table("sets", texts.getString("actionLearning.table.sets"), List.of(texts.getString("actionLearning.column.set"),
                texts.getString("actionLearning.column.purpose"), texts.getString("actionLearning.column.members"),
                texts.getString("actionLearning.column.meetings"), texts.getString("actionLearning.column.attendance")), rows);
    }

    static Table byQuarter(ProgrammeFigures.Programme programme, ResourceBundle texts) {
        List<String> heading = new ArrayList<>(List.of(texts.getString("actionLearning.column.theme")));
        programme.quarters().forEach(q -> heading.add(q.code()));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Quarter, Integer>> theme : programme.byQuarter().entrySet()) {
            List<String> row = new ArrayList<>(List.of(theme.getKey()));
            programme.quarters().forEach(q -> row.add(count(theme.getValue().get(q))));
            rows.add(row);
        }
        return new Table("byQuarter", texts.getString("actionLearning.table.byQuarter"), heading, rows);
    }

    static Table byPurpose(ProgrammeFigures.Programme programme, ResourceBundle texts) {
        List<SetPurpose> purposes = List.of(SetPurpose.values()).stream()
                .filter(p -> programme.byPurpose().values().stream().anyMatch(m -> m.containsKey(p))).toList();
        List<String> heading = new ArrayList<>(List.of(texts.getString("actionLearning.column.theme")));
        purposes.forEach(p -> heading.add(texts.getString("actionLearning.purpose." + p)));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<SetPurpose, Integer>> theme : programme.byPurpose().entrySet()) {
            List<String> row = new ArrayList<>(List.of(theme.getKey()));
            purposes.forEach(p -> row.add(count(theme.getValue().get(p))));
            rows.add(row);
        }
        return new Table("byPurpose", texts.getString("actionLearning.table.byPurpose"), heading, rows);
    }

    /** Meetings raising each theme with a member of each agency type present; an agency type with too few people withheld. */
    static Table byAgency(ProgrammeFigures.Programme programme, ResourceBundle texts, int threshold) {
        List<AgencyType> agencies = List.of(AgencyType.values()).stream().filter(programme.people()::containsKey).toList();
        Map<AgencyType, Integer> people = new EnumMap<>(AgencyType.class);
        agencies.forEach(a -> people.put(a, programme.people().get(a)));
        Set<AgencyType> secondary = SmallNumbers.secondary(people, threshold);
        List<String> heading = new ArrayList<>(List.of(texts.getString("actionLearning.column.theme")));
        agencies.forEach(a -> heading.add(texts.getString("actionLearning.agency." + a)));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<AgencyType, Integer>> theme : programme.byAgency().entrySet()) {
            List<String> row = new ArrayList<>(List.of(theme.getKey()));
            for (AgencyType agency : agencies) {
                boolean withheld = SmallNumbers.small(people.get(agency), threshold) || secondary.contains(agency);
                row.add(withheld ? WITHHELD : count(theme.getValue().get(agency)));
            }
            rows.add(row);
        }
        return new Table("byAgency", texts.getString("actionLearning.table.byAgency"), heading, rows);
    }

    static Table results(ProgrammeFigures.Programme programme, ResourceBundle texts, int threshold) {
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammeFigures.Result result : programme.results()) {
            boolean small = SmallNumbers.small(result.answers(), threshold);
            String value = small ? WITHHELD : "LIKERT".equals(result.kind())
                    ? String.format(Locale.UK, "%.1f", result.value()) : Math.round(result.value()) + "%";
            rows.add(List.of(texts.getString("actionLearning.checkpoint." + result.checkpoint()),
                    texts.getString("actionLearning.respondent." + result.respondent()), result.question(),
                    small ? WITHHELD : String.valueOf(result.answers()), value));
        }
        return new Table("results", texts.getString("actionLearning.table.results"), List.of(texts.getString("actionLearning.column.checkpoint"),
                texts.getString("actionLearning.column.respondent"), texts.getString("actionLearning.column.question"),
                texts.getString("actionLearning.column.answers"), texts.getString("actionLearning.column.result")), rows);
    }

    private static String count(Integer value) {
        return value == null ? "0" : value.toString();
    }

    /** The section of a committee's pack: a summary line, then each table. */
    public static void print(PdfText pdf, ProgrammeFigures.Programme programme, ResourceBundle texts, int threshold) {
        pdf.space(8);
        pdf.heading(texts.getString("actionLearning.pdf.title"), 2, 13, 16);
        Integer rate = programme.attendanceRate();
        pdf.line(MessageFormat.format(texts.getString("actionLearning.pdf.summary"), programme.sets().size(), programme.meetings(),
                rate == null ? "\u2013" : rate + "%"), 9, 12);
        pdf.line(MessageFormat.format(texts.getString("actionLearning.pdf.withheld"), threshold), 9, 12);
        for (Table table : of(programme, texts, threshold)) {
            pdf.space(6);
            pdf.heading(table.title(), 3, 11, 14);
            if (table.rows().isEmpty()) {
                pdf.line(texts.getString("actionLearning.pdf.none"), 9, 10);
                continue;
            }
            int columns = table.heading().size();
            float[] widths = new float[columns];
            float first = "results".equals(table.id()) ? 0 : 451 - (columns - 1) * 52f;
            if ("results".equals(table.id())) {
                widths = new float[] {70, 60, 221, 50, 50};
            } else {
                widths[0] = first;
                for (int i = 1; i < columns; i++) {
                    widths[i] = 52;
                }
            }
            pdf.row(8, widths, true, table.heading().toArray(String[]::new));
            for (List<String> row : table.rows()) {
                pdf.row(8, widths, false, row.toArray(String[]::new));
            }
        }
    }
}
