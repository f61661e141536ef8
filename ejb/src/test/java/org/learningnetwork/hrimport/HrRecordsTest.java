package org.learningnetwork.hrimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningnetwork.hrimport.HrPlanner.Existing;
import org.learningnetwork.hrimport.HrPlanner.HeldCondition;
import org.learningnetwork.hrimport.HrPlanner.HeldQualification;
import org.learningnetwork.hrimport.HrPlanner.HeldRegistration;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.hrimport.HrPlanner.Planned;
import org.learningnetwork.hrimport.HrPlanner.QualificationWrite;
import org.learningnetwork.hrimport.HrPlanner.RegistrationWrite;

/** The HR export's optional columns of qualifications and registration: read, checked, and planned against the records. */
class HrRecordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String HEADER = "Employee number,Given name,Family name,Work e-mail,Organisation,Qualification in progress,"
            + "Expected completion,Qualification achieved,Achieved on,Register part,Registration number,Registered on,Renewal due,"
            + "Registration condition,Condition due\n";
    private static final String PERSON = "E1,Ann,Smith,a@council.gov.uk,City Council,";
    private static final HrColumns COLUMNS = HrColumns.of(Map.of(), Map.of());
    private static final HrPlanner.Reference REFERENCE = new HrPlanner.Reference(Map.of("city council", 1L), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of("svq3", "SVQ3", "svq 3 social services and healthcare", "SVQ3", "ba_sw", "BA_SW", "plq2", "PLQ2"),
            Map.of("support_worker_housing_support", "SUPPORT_WORKER_HOUSING_SUPPORT", "social worker", "SOCIAL_WORKER",
                    "social_worker", "SOCIAL_WORKER"));

    private static final Existing ANN = new Existing(1, "E1", "a@council.gov.uk", "Ann", "Smith", null, 1L, null, Map.of(), null, null,
            true, false);

    private static List<Planned> plan(String rows, HrPlanner planner) throws HrFileException {
        planner.existing(ANN);
        try (HrRowReader reader = new HrRowReader((HEADER + rows).getBytes(StandardCharsets.UTF_8), COLUMNS)) {
            for (HrRowReader.Read read = reader.next(); read != null; read = reader.next()) {
                planner.add(read);
            }
        }
        return planner.plan().items();
    }

    private static Planned one(String cells) throws HrFileException {
        return plan(PERSON + cells + "\n", new HrPlanner(REFERENCE, TODAY)).get(0);
    }

    @Test
    void qualificationsAndARegistrationAreRecordedByCodeOrName() throws Exception {
        Planned item = one("SVQ 3 Social Services and Healthcare,2027-06-30,BA_SW,2019-07-01,Support_worker_housing_support,"
                + "SW123,2024-01-15,2029-01-15,svq3,2027-01-15");
        assertEquals(Outcome.CHANGE, item.outcome());
        assertEquals(List.of("qualification", "registration"), item.changes());
        assertEquals(List.of(new QualificationWrite(null, "BA_SW", "ACHIEVED", null, LocalDate.of(2019, 7, 1)),
                new QualificationWrite(null, "SVQ3", "IN_PROGRESS", LocalDate.of(2027, 6, 30), null)), item.records().qualifications());
        assertEquals(new RegistrationWrite(null, false, "SUPPORT_WORKER_HOUSING_SUPPORT", "SW123", LocalDate.of(2024, 1, 15),
                LocalDate.of(2029, 1, 15), null, "SVQ3", LocalDate.of(2027, 1, 15)), item.records().registration());
    }

    @Test
    void whatIsOnRecordAlreadyIsLeftAndWhatMovedOnIsChanged() throws Exception {
        HrPlanner planner = new HrPlanner(REFERENCE, TODAY);
        planner.recorded(1, new HeldQualification(50, "SVQ3", "IN_PROGRESS", LocalDate.of(2027, 6, 30), null));
        planner.recorded(1, new HeldQualification(51, "BA_SW", "ACHIEVED", null, LocalDate.of(2019, 7, 1)));
        planner.registered(1, new HeldRegistration(60, "SOCIAL_WORKER", "SW9", LocalDate.of(2024, 1, 15), LocalDate.of(2027, 1, 15),
                Map.of("PLQ2", new HeldCondition(70, LocalDate.of(2027, 3, 1)))));
        // The same as on record: nothing to do.
        List<Planned> same = plan(PERSON + "SVQ3,2027-06-30,BA_SW,2019-07-01,Social worker,SW9,2024-01-15,2027-01-15,PLQ2,2027-03-01\n",
                planner);
        assertEquals(Outcome.UNCHANGED, same.get(0).outcome());

        planner = new HrPlanner(REFERENCE, TODAY);
        planner.recorded(1, new HeldQualification(50, "SVQ3", "IN_PROGRESS", LocalDate.of(2027, 6, 30), null));
        planner.registered(1, new HeldRegistration(60, "SOCIAL_WORKER", "SW9", LocalDate.of(2024, 1, 15), LocalDate.of(2027, 1, 15),
                Map.of("PLQ2", new HeldCondition(70, LocalDate.of(2027, 3, 1)))));
        // The SVQ 3 achieved (the one in progress marked so), the renewal moved, the condition's day moved.
        Planned moved = plan(PERSON + ",,SVQ3,2026-11-30,SOCIAL_WORKER,SW9,2024-01-15,2027-02-15,PLQ2,2027-04-01\n", planner).get(0);
        assertEquals(List.of(new QualificationWrite(50L, "SVQ3", "ACHIEVED", LocalDate.of(2027, 6, 30), LocalDate.of(2026, 11, 30))),
                moved.records().qualifications());
        assertEquals(new RegistrationWrite(60L, true, "SOCIAL_WORKER", "SW9", LocalDate.of(2024, 1, 15), LocalDate.of(2027, 2, 15), 70L,
                "PLQ2", LocalDate.of(2027, 4, 1)), moved.records().registration());
    }

    @Test
    void aRowWithoutThemChangesNothingOfThem() throws Exception {
        Planned item = one(",,,,,,,,,");
        assertEquals(Outcome.UNCHANGED, item.outcome());
        assertNull(item.records());
    }

    @Test
    void eachProblemRefusesTheRow() throws Exception {
        assertEquals(List.of("hr.row.required|expectedCompletion"), one("SVQ3,,,,,,,,,").errors());
        assertEquals(List.of("hr.row.required|qualificationAchieved"), one(",,,2020-01-01,,,,,,").errors());
        assertEquals(List.of("hr.row.date|expectedCompletion"), one("SVQ3,soon,,,,,,,,").errors());
        assertEquals(List.of("hr.row.required|registerPart"), one(",,,,,SW1,,,,").errors());
        assertEquals(List.of("hr.row.required|registeredOn", "hr.row.required|renewalDue"), one(",,,,SOCIAL_WORKER,,,,,").errors());
        assertEquals(List.of("hr.row.renewalNotAfterRegistered"), one(",,,,SOCIAL_WORKER,,2024-01-15,2024-01-15,,").errors());
        assertEquals(List.of("hr.row.required|registerPart"), one(",,,,,,,,PLQ2,2027-01-01").errors());
        assertEquals(List.of("hr.row.qualification|HND Basket Weaving"), one("HND Basket Weaving,2027-01-01,,,,,,,,").errors());
        assertEquals(List.of("hr.row.achievedFuture"), one(",,SVQ3,2027-01-01,,,,,,").errors());
        assertEquals(List.of("hr.row.registerPart|Astronaut"), one(",,,,Astronaut,,2024-01-15,2029-01-15,,").errors());
    }
}
