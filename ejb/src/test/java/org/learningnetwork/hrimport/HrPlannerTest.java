package org.learningnetwork.hrimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.hrimport.HrPlanner.Existing;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.hrimport.HrPlanner.Plan;
import org.learningnetwork.hrimport.HrPlanner.Planned;

class HrPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String HEADER = "Employee number,Given name,Family name,Work e-mail,Job title,Organisation,"
            + "Line manager,Start date,Leaving date,Account,Child protection workforce group\n";
    private static final HrColumns COLUMNS = HrColumns.of(Map.of(), Map.of("CP", "Child protection"));
    private static final HrPlanner.Reference REFERENCE = new HrPlanner.Reference(Map.of("city council", 1L, "nhs board", 2L),
            Map.of("CP", Map.of("general", 10L, "specific", 11L, "cp-general", 10L)));

    private static Plan plan(String csv, Existing... people) throws HrFileException {
        return plan(csv.getBytes(StandardCharsets.UTF_8), COLUMNS, people);
    }

    private static Plan plan(byte[] content, HrColumns columns, Existing... people) throws HrFileException {
        HrPlanner planner = new HrPlanner(REFERENCE, TODAY);
        for (Existing person : people) {
            planner.existing(person);
        }
        try (HrRowReader reader = new HrRowReader(content, columns)) {
            for (HrRowReader.Read read = reader.next(); read != null; read = reader.next()) {
                planner.add(read);
            }
        }
        return planner.plan();
    }

    private static Existing person(long id, String number, String email, Long manager, boolean active) {
        return new Existing(id, number, email, "Ann", "Smith", "Social worker", 1L, manager, Map.of("CP", 10L),
                LocalDate.of(2020, 1, 6), null, active, false);
    }

    private static String row(String number, String email, String manager) {
        return number + ",Ann,Smith," + email + ",Social worker,City Council," + manager + ",06/01/2020,,no,General\n";
    }

    @Test
    void newRowsAreCreatedWithTheirManagerFromTheFileWhicheverComesFirst() throws Exception {
        Plan plan = plan(HEADER + row("E2", "b@council.gov.uk", "E1") + row("E1", "a@council.gov.uk", ""));
        assertEquals(2, plan.count(Outcome.CREATE));
        Planned first = plan.items().get(0);
        assertEquals(2, first.line());
        assertEquals(1, first.managerItem());
        assertEquals(LocalDate.of(2020, 1, 6), first.target().startedOn());
        assertEquals(10L, first.target().groups().get("CP"));
    }

    @Test
    void theSameFileAgainChangesNothing() throws Exception {
        Plan plan = plan(HEADER + row("E1", "a@council.gov.uk", "") + row("E2", "b@council.gov.uk", "a@council.gov.uk"),
                person(1, "E1", "a@council.gov.uk", null, true), person(2, "E2", "b@council.gov.uk", 1L, true));
        assertEquals(2, plan.count(Outcome.UNCHANGED));
        assertEquals(0, plan.count(Outcome.CHANGE) + plan.count(Outcome.CREATE) + plan.count(Outcome.DEACTIVATE));
    }

    @Test
    void changedFieldsAreNamedAndAPersonRecordedByHandIsMatchedByEmail() throws Exception {
        Plan plan = plan(HEADER + "E1,Anne,Smith,a@council.gov.uk,Team leader,NHS Board,,06/01/2020,,yes,Specific\n",
                person(1, null, "a@council.gov.uk", null, true));
        Planned item = plan.items().get(0);
        assertEquals(Outcome.CHANGE, item.outcome());
        assertEquals(List.of("employeeNumber", "givenName", "jobTitle", "organisation", "workforceGroup", "account"), item.changes());
        assertTrue(item.invite());
        assertEquals(1, plan.invited());
    }

    @Test
    void peopleTheFileLeavesOutAndLeavingDatesReachedAreDeactivated() throws Exception {
        Plan plan = plan(HEADER + "E1,Ann,Smith,a@council.gov.uk,Social worker,City Council,,06/01/2020,2026-12-04,no,General\n",
                person(1, "E1", "a@council.gov.uk", null, true), person(2, "E2", "b@council.gov.uk", null, true),
                person(3, null, "c@council.gov.uk", null, true), person(4, "E4", "d@council.gov.uk", null, false));
        assertEquals(2, plan.count(Outcome.DEACTIVATE));
        assertEquals(List.of("leavingDate", "active"), plan.items().get(0).changes());
        Planned leaver = plan.items().get(1);
        assertNull(leaver.line());
        assertEquals("E2", leaver.employeeNumber());
        assertEquals(2L, leaver.personId());
    }

    @Test
    void aRowThatIsRefusedDoesNotMakeItsPersonALeaver() throws Exception {
        Plan plan = plan(HEADER + "E1,,Smith,a@council.gov.uk,,City Council,,,,,\n", person(1, "E1", "a@council.gov.uk", null, true));
        assertEquals(1, plan.count(Outcome.ERROR));
        assertEquals(0, plan.count(Outcome.DEACTIVATE));
        assertEquals("hr.row.required|givenName", plan.items().get(0).detail());
    }

    @Test
    void everyProblemOfARowIsReported() throws Exception {
        Plan plan = plan(HEADER + "E1,Ann,Smith,not-an-email,,Nowhere,,31/02/2020,,maybe,Unknown\n");
        Planned item = plan.items().get(0);
        assertEquals(Outcome.ERROR, item.outcome());
        assertEquals(List.of("hr.row.email|not-an-email", "hr.row.date|startDate", "hr.row.account|maybe"), item.errors());
        Plan second = plan(HEADER + row("E1", "a@council.gov.uk", "").replace("City Council", "Nowhere").replace("General", "Unknown"));
        assertEquals(List.of("hr.row.organisation|Nowhere", "hr.row.group|Unknown"), second.items().get(0).errors());
    }

    @Test
    void duplicateNumbersAndEmailsRefuseEveryRowConcerned() throws Exception {
        Plan plan = plan(HEADER + row("E1", "a@council.gov.uk", "") + row("E1", "b@council.gov.uk", "") + row("E3", "b@council.gov.uk", ""));
        assertEquals(List.of("hr.row.duplicateNumber|3"), plan.items().get(0).errors());
        assertEquals(List.of("hr.row.duplicateNumber|2", "hr.row.duplicateEmail|4"), plan.items().get(1).errors());
        assertEquals(List.of("hr.row.duplicateEmail|3"), plan.items().get(2).errors());
    }

    @Test
    void anEmailThatIsSomeoneElsesIsRefused() throws Exception {
        Plan plan = plan(HEADER + row("E9", "a@council.gov.uk", ""), person(1, "E1", "a@council.gov.uk", null, true));
        assertEquals(List.of("hr.row.emailTaken|E1"), plan.items().get(0).errors());
        Plan unnumbered = plan(HEADER + row("E2", "x@council.gov.uk", ""), person(2, "E2", "b@council.gov.uk", null, true),
                person(5, null, "x@council.gov.uk", null, true));
        assertEquals(List.of("hr.row.emailTakenUnnumbered"), unnumbered.items().get(0).errors());
    }

    @Test
    void cyclesOfManagersAreRefusedThroughTheFileAndThePeopleRecorded() throws Exception {
        Plan plan = plan(HEADER + row("E1", "a@council.gov.uk", "E2") + row("E2", "b@council.gov.uk", "E1")
                + row("E3", "c@council.gov.uk", "E3") + row("E4", "d@council.gov.uk", "E1"));
        assertEquals(List.of("hr.row.managerCycle"), plan.items().get(0).errors());
        assertEquals(List.of("hr.row.managerCycle"), plan.items().get(1).errors());
        assertEquals(List.of("hr.row.managerCycle"), plan.items().get(2).errors());
        assertEquals(List.of("hr.row.managerRefused|2"), plan.items().get(3).errors());
        // E5 recorded as managed by E6; the file makes E6 managed by E5.
        Plan recorded = plan(HEADER + row("E6", "f@council.gov.uk", "E5"), person(5, "E5", "e@council.gov.uk", 6L, true),
                person(6, "E6", "f@council.gov.uk", null, true));
        assertEquals(List.of("hr.row.managerCycle"), recorded.items().get(0).errors());
    }

    @Test
    void aManagerWhoseRowIsRefusedButWhoIsRecordedStillManages() throws Exception {
        Plan plan = plan(HEADER + "E1,,Smith,a@council.gov.uk,,City Council,,,,,\n" + row("E2", "b@council.gov.uk", "E1"),
                person(1, "E1", "a@council.gov.uk", null, true));
        Planned item = plan.items().get(1);
        assertEquals(Outcome.CREATE, item.outcome());
        assertEquals(1L, item.managerPersonId());
        assertEquals(List.of("hr.row.managerUnknown|E7"), plan(HEADER + row("E2", "b@council.gov.uk", "E7")).items().get(0).errors());
    }

    @Test
    void windows1252AndSemicolonsAndAByteOrderMarkAndMappedHeadersAreRead() throws Exception {
        String csv = "Staff No;Forename;Surname;Email;Job;Employer\nE1;Zoë;O’Neill;z@council.gov.uk;Café worker;City Council\n";
        HrColumns mapped = HrColumns.of(Map.of("EMPLOYEE_NUMBER", "staff no", "GIVEN_NAME", "Forename", "FAMILY_NAME", "Surname",
                "WORK_EMAIL", "Email", "JOB_TITLE", "Job", "ORGANISATION", "Employer"), Map.of("CP", "Child protection"));
        Plan cp1252 = plan(csv.getBytes(Charset.forName("windows-1252")), mapped);
        assertEquals("Zoë", cp1252.items().get(0).target().givenName());
        assertEquals("O’Neill", cp1252.items().get(0).target().familyName());
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Planned item = plan(bom, mapped).items().get(0);
        assertEquals("E1", item.employeeNumber());
        assertEquals("Café worker", item.target().jobTitle());
        assertTrue(item.target().groups().isEmpty(), "no group column: groups left as they are");
    }

    @Test
    void aFileWithoutARequiredColumnOrNotCsvIsRefusedWhole() {
        HrFileException missing = assertThrows(HrFileException.class, () -> plan("Employee number,Given name\nE1,Ann\n"));
        assertEquals("hr.file.missing|Family name, Work e-mail, Organisation", missing.detail());
        HrFileException broken = assertThrows(HrFileException.class, () -> plan(HEADER + "E1,\"Ann,Smith\n"));
        assertEquals("hr.file.malformed", broken.key());
        assertEquals("hr.file.empty", assertThrows(HrFileException.class, () -> plan("")).key());
    }

    @Test
    void aLongChainOfManagersIsWalkedOnce() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        List<Existing> none = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            csv.append(row("E" + i, "p" + i + "@council.gov.uk", i == 0 ? "" : "E" + (i - 1)));
        }
        Plan plan = plan(csv.toString(), none.toArray(Existing[]::new));
        assertEquals(50_000, plan.count(Outcome.CREATE));
    }

    // Role profiles: SW-CF (100) places people in Specific (11) for child protection and Specialist (21) for adult
    // protection; ADMIN (101) maps General (10) for child protection.
    private static final HrPlanner.Reference WITH_PROFILES = new HrPlanner.Reference(Map.of("city council", 1L),
            Map.of("CP", Map.of("general", 10L, "specific", 11L), "AP", Map.of("general", 20L, "specialist", 21L)),
            Map.of("sw-cf", 100L, "social worker (children and families)", 100L, "admin", 101L, "fsw", 102L),
            Map.of(100L, Map.of("CP", 11L, "AP", 21L), 101L, Map.of("CP", 10L)), Map.of(10L, 1, 11L, 2, 20L, 1, 21L, 2));
    private static final String PROFILES_HEADER = "Employee number,Given name,Family name,Work e-mail,Organisation,"
            + "Child protection workforce group,Role profiles\n";

    private static Plan withProfiles(String csv, Map<Long, HrPlanner.Held> held, Existing... people) throws HrFileException {
        HrPlanner planner = new HrPlanner(WITH_PROFILES, TODAY);
        for (Existing person : people) {
            planner.existing(person);
        }
        held.forEach((person, profiles) -> planner.held(person, profiles.imported(), profiles.others()));
        HrColumns columns = HrColumns.of(Map.of(), Map.of("CP", "Child protection", "AP", "Adult protection"));
        try (HrRowReader reader = new HrRowReader(csv.getBytes(StandardCharsets.UTF_8), columns)) {
            for (HrRowReader.Read read = reader.next(); read != null; read = reader.next()) {
                planner.add(read);
            }
        }
        return planner.plan();
    }

    @Test
    void aNewPersonIsGivenTheRoleProfilesNamedByCodeOrNameAndTheirGroupsWhereTheFileHasNoColumn() throws Exception {
        Planned item = withProfiles(PROFILES_HEADER + "E1,Ann,Smith,a@council.gov.uk,City Council,General,"
                + "\"sw-cf; Social worker (children and families);ADMIN\"\n", Map.of()).items().get(0);
        assertEquals(Outcome.CREATE, item.outcome());
        assertEquals(Set.of(100L, 101L), item.profilesGiven());
        assertEquals(10L, item.target().groups().get("CP"), "the file's own group column wins");
        assertEquals(21L, item.target().groups().get("AP"), "no adult protection column: the profile's group");
    }

    @Test
    void theImportTakesOffOnlyTheRoleProfilesItGaveAndKeepsTheManagersAndLearningTeams() throws Exception {
        Existing ann = new Existing(7, "E1", "a@council.gov.uk", "Ann", "Smith", null, 1L, null, Map.of("CP", 11L),
                null, null, true, false);
        Map<Long, HrPlanner.Held> held = Map.of(7L, new HrPlanner.Held(Set.of(101L), Set.of(102L)));
        Planned moved = withProfiles(PROFILES_HEADER + "E1,Ann,Smith,a@council.gov.uk,City Council,Specific,SW-CF\n", held, ann)
                .items().get(0);
        assertEquals(Outcome.CHANGE, moved.outcome());
        assertEquals(Set.of(100L), moved.profilesGiven());
        assertEquals(Set.of(101L), moved.profilesTaken(), "given by the import before, and no longer in the file");
        assertTrue(moved.changes().contains("roleProfile"));
        assertTrue(moved.changes().contains("workforceGroup"), "placed in the new profile's adult protection group");

        Planned kept = withProfiles(PROFILES_HEADER + "E1,Ann,Smith,a@council.gov.uk,City Council,Specific,\n", held, ann)
                .items().get(0);
        assertEquals(Set.of(101L), kept.profilesTaken(), "an empty cell: none from the import");
        assertTrue(kept.profilesGiven().isEmpty(), "the manager's FSW stays and is not given again");

        Planned same = withProfiles(PROFILES_HEADER + "E1,Ann,Smith,a@council.gov.uk,City Council,Specific,admin;FSW\n", held, ann)
                .items().get(0);
        assertEquals(Outcome.UNCHANGED, same.outcome(), "FSW is held already, from the manager");
    }

    @Test
    void anUnknownRoleProfileRefusesTheRowAndAFileWithoutTheColumnLeavesProfilesAlone() throws Exception {
        Planned refused = withProfiles(PROFILES_HEADER + "E1,Ann,Smith,a@council.gov.uk,City Council,General,SW-CF;Nurse\n",
                Map.of()).items().get(0);
        assertEquals(Outcome.ERROR, refused.outcome());
        assertEquals(List.of("hr.row.roleProfile|Nurse"), refused.errors());

        Existing ann = new Existing(7, "E1", "a@council.gov.uk", "Ann", "Smith", null, 1L, null, Map.of("CP", 10L),
                null, null, true, false);
        Planned untouched = withProfiles("Employee number,Given name,Family name,Work e-mail,Organisation\n"
                + "E1,Ann,Smith,a@council.gov.uk,City Council\n", Map.of(7L, new HrPlanner.Held(Set.of(101L),
                Set.of())), ann).items().get(0);
        assertTrue(untouched.profilesTaken().isEmpty() && untouched.profilesGiven().isEmpty());
    }
}
