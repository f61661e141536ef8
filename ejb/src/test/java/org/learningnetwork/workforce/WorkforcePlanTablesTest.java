package org.learningnetwork.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.platform.PdfText;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;
import org.learningnetwork.workforce.WorkforcePlan.Agency;
import org.learningnetwork.workforce.WorkforcePlan.Condition;
import org.learningnetwork.workforce.WorkforcePlan.Expected;
import org.learningnetwork.workforce.WorkforcePlan.QualificationRef;
import org.learningnetwork.workforce.WorkforcePlan.Registered;

class WorkforcePlanTablesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final ResourceBundle TEXTS = FigureText.texts();
    private static final QualificationRef SVQ3 = new QualificationRef("SVQ3", "SVQ 3", 7);
    private static final QualificationRef PLQ = new QualificationRef("PLQ1", "PLQ stage 1", 9);

    private static WorkforcePlan.Report report() {
        return WorkforcePlan.of(TODAY, List.of(SVQ3, PLQ),
                List.of(new Agency(1, "Angus Council", Set.of("East")), new Agency(2, "Housing charity", Set.of("East")),
                        new Agency(3, "Highland Council", Set.of("North")), new Agency(4, "Moray Council", Set.of("North"))),
                List.of(new Expected("SVQ3", 1, LocalDate.of(2027, 6, 30), 12), new Expected("SVQ3", 3, LocalDate.of(2027, 6, 30), 2),
                        new Expected("PLQ1", 1, LocalDate.of(2028, 1, 30), 7)),
                List.of(new Condition("SVQ3", 1, LocalDate.of(2027, 9, 1), ConditionState.NOT_STARTED, 9),
                        new Condition("SVQ3", 3, LocalDate.of(2027, 9, 1), ConditionState.MET, 1)),
                List.of(new Registered(1, 19, 30, 6), new Registered(2, 0, 0, 0), new Registered(3, 2, 8, 1), new Registered(4, 0, 1, 0)));
    }

    @Test
    void theLearningTeamSeesEveryFigureByAgency() {
        List<WorkforcePlanTables.Table> tables = WorkforcePlanTables.forLearningTeam(report(), TEXTS);
        assertEquals(List.of("Qualifiers expected", "Registration conditions falling due", "By agency"),
                tables.stream().map(WorkforcePlanTables.Table::title).toList());
        assertEquals(List.of("Qualification", "Year 2027/28", "Year 2028/29", "In all (eight quarters)"), tables.get(0).heading());
        assertEquals(List.of(List.of("SVQ 3", "14", "0", "14"), List.of("PLQ stage 1", "7", "0", "7")), tables.get(0).rows().stream()
                .sorted((a, b) -> b.get(0).compareTo(a.get(0))).toList());
        assertEquals(List.of("SVQ 3", "10", "1", "0", "9", "14"), tables.get(1).rows().get(0));
        assertTrue(tables.get(2).rows().contains(List.of("Highland Council (North)", "2", "2", "8", "0", "1")), tables.get(2).rows().toString());
    }

    @Test
    void aCommitteeSeesNetworksAndNoFigureAboutAHandfulOfPeople() {
        List<WorkforcePlanTables.Table> tables = WorkforcePlanTables.forCommittee(report(), TEXTS, 5);
        assertEquals("By network", tables.get(2).title());
        // East: the council and the charity added up; North: small figures hidden, and where a column hides one of two,
        // the other is withheld too, so that a total cannot give it away.
        assertEquals(List.of(List.of("East", "withheld", "withheld", "30", "9", "withheld"),
                List.of("North", "fewer than 5", "fewer than 5", "9", "0", "fewer than 5")), tables.get(2).rows());
        assertEquals(List.of("SVQ 3", "10", "fewer than 5", "0", "9", "14"), tables.get(1).rows().get(0));
    }

    @Test
    void theSecondSmallestIsWithheldWhereAColumnHidesExactlyOne() {
        WorkforcePlanTables.Table table = WorkforcePlanTables.table("T", "Name", List.of("People"), List.of("a", "b", "c"),
                List.of(List.of(3L), List.of(8L), List.of(20L)), TEXTS, 5);
        assertEquals(List.of(List.of("a", "fewer than 5"), List.of("b", "withheld"), List.of("c", "20")), table.rows());
    }

    @Test
    void theTablesPrint() throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText("Workforce planning", "Learning Network")) {
            WorkforcePlanTables.print(pdf, WorkforcePlanTables.forLearningTeam(report(), TEXTS), TEXTS, 2);
            bytes = pdf.bytes();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Highland Council (North)") && text.contains("Registration conditions falling due"), text);
        }
    }
}
