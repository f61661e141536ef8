package org.learningnetwork.actionlearning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.organisation.AgencyType;

class ProgrammeTablesTest {

    private final ResourceBundle texts = FigureText.texts();
    private final Quarter q3 = new Quarter(2026, 3);

    private ProgrammeFigures.Programme programme() {
        List<ProgrammeFigures.SetRow> sets = List.of(
                new ProgrammeFigures.SetRow(1, "Newly qualified set", SetKind.ACTION_LEARNING_SET, SetPurpose.NEWLY_QUALIFIED, false, 1, 7, 3, 21, 18),
                new ProgrammeFigures.SetRow(2, "Small set", SetKind.ACTION_LEARNING_SET, SetPurpose.SUPERVISORS, false, 1, 3, 2, 6, 6));
        Map<String, Map<Quarter, Integer>> byQuarter = new TreeMap<>();
        byQuarter.put("Workload", new TreeMap<>(Map.of(q3, 4, q3.previous(), 2)));
        Map<String, Map<SetPurpose, Integer>> byPurpose = new TreeMap<>();
        byPurpose.put("Workload", new EnumMap<>(Map.of(SetPurpose.NEWLY_QUALIFIED, 6)));
        Map<String, Map<AgencyType, Integer>> byAgency = new TreeMap<>();
        byAgency.put("Workload", new EnumMap<>(Map.of(AgencyType.COUNCIL_SERVICE, 5, AgencyType.NHS_BOARD, 2, AgencyType.POLICE, 1)));
        Map<AgencyType, Integer> people = new EnumMap<>(Map.of(AgencyType.COUNCIL_SERVICE, 9, AgencyType.NHS_BOARD, 6, AgencyType.POLICE, 2));
        List<ProgrammeFigures.Result> results = List.of(
                new ProgrammeFigures.Result("JOIN", "LEARNER", 0, "I feel confident.", "LIKERT", 10, 2.54),
                new ProgrammeFigures.Result("P3M", "LEARNER", 3, "Has it changed how you work?", "YES_NO", 8, 62.5),
                new ProgrammeFigures.Result("P3M", "MANAGER", 0, "They reflect.", "LIKERT", 3, 4.0));
        return new ProgrammeFigures.Programme(q3, sets, List.of(q3.previous().previous().previous(), q3.previous().previous(), q3.previous(), q3),
                byQuarter, byPurpose, byAgency, people, results);
    }

    @Test
    void aSetOfFewerPeopleThanTheThresholdHasItsMembersAndAttendanceWithheld() {
        ProgrammeTables.Table sets = ProgrammeTables.sets(programme(), texts, 5);
        assertEquals(List.of("Newly qualified set", "Newly qualified workers", "7", "3", "86%"), sets.rows().get(0));
        assertEquals(List.of("Small set", "Supervisors and managers", "*", "2", "*"), sets.rows().get(1));
        // The learning team's own threshold of 1 hides nothing.
        assertEquals("3", ProgrammeTables.sets(programme(), texts, 1).rows().get(1).get(2));
    }

    @Test
    void themesByQuarterCountProblemsInEachOfTheFourQuarters() {
        ProgrammeTables.Table table = ProgrammeTables.byQuarter(programme(), texts);
        assertEquals(List.of("Theme", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"), table.heading());
        assertEquals(List.of("Workload", "0", "0", "2", "4"), table.rows().get(0));
        assertEquals(List.of("Theme", "Newly qualified workers"), ProgrammeTables.byPurpose(programme(), texts).heading());
    }

    @Test
    void anAgencyOfFewPeopleIsWithheldAndTheNextSmallestWithIt() {
        ProgrammeTables.Table table = ProgrammeTables.byAgency(programme(), texts, 5);
        assertEquals(List.of("Theme", "Council", "NHS", "Police"), table.heading());
        assertEquals(List.of("Workload", "5", "*", "*"), table.rows().get(0));
    }

    @Test
    void aQuestionAnsweredByFewerThanTheThresholdIsWithheld() {
        ProgrammeTables.Table table = ProgrammeTables.results(programme(), texts, 5);
        assertEquals(List.of("At joining", "Members", "I feel confident.", "10", "2.5"), table.rows().get(0));
        assertEquals(List.of("3 months", "Members", "Has it changed how you work?", "8", "63%"), table.rows().get(1));
        assertEquals(List.of("3 months", "Line managers", "They reflect.", "*", "*"), table.rows().get(2));
    }
}
