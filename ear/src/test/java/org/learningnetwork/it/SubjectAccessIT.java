package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.retention.LegalHold;
import org.learningnetwork.retention.LegalHoldService;
import org.learningnetwork.retention.PersonalData;
import org.learningnetwork.retention.SubjectAccessService;

/**
 * Subject access: every table of the schema is classified (a new table or column fails here until it is), and a
 * person's export holds every column of every row about them, secrets withheld, audited.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private LegalHoldService holds;

    @Inject
    private CourseService courses;

    @Inject
    private AuditLog audit;

    @Inject
    private org.learningnetwork.reference.ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private org.learningnetwork.booking.BookingService bookings;

    @Inject
    private org.learningnetwork.reporting.CommitteeListService committeeLists;

    @Inject
    private org.learningnetwork.retention.ErasureRequestService erasure;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Coordinator coordinator;

    @Test
    void everyTableAndColumnOfTheSchemaIsClassified() {
        Map<String, Set<String>> schema = schema();
        PersonalData classified = PersonalData.get();
        List<String> problems = new ArrayList<>();
        Set<String> personal = new TreeSet<>();
        classified.personalTables().forEach(t -> personal.add(t.name()));
        for (Map.Entry<String, Set<String>> table : schema.entrySet()) {
            Set<String> listed = classified.otherTables().get(table.getKey());
            if (personal.contains(table.getKey())) {
                continue;
            }
            if (listed == null) {
                problems.add("table " + table.getKey() + " is not classified");
            } else if (!new TreeSet<>(listed).equals(table.getValue())) {
                problems.add("columns of " + table.getKey() + ": classified " + new TreeSet<>(listed) + ", in the schema " + table.getValue());
            }
        }
        personal.stream().filter(t -> !schema.containsKey(t)).forEach(t -> problems.add("classified table " + t + " is not in the schema"));
        assertEquals(List.of(), problems, "personal-data.properties must classify the schema");
    }

    @Test
    void everyColumnAboutAPersonIsUsedToFindTheirRows() {
        Map<String, Set<String>> schema = schema();
        Map<String, Set<String>> references = new TreeMap<>();
        for (Object[] row : data.query("select lower(k.table_name), lower(k.column_name), lower(u.table_name)"
                + " from information_schema.referential_constraints c"
                + " join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.constraint_schema = c.constraint_schema"
                + " join information_schema.key_column_usage u on u.constraint_name = c.unique_constraint_name"
                + " and u.constraint_schema = c.unique_constraint_schema and u.ordinal_position = k.position_in_unique_constraint"
                + " where lower(k.table_schema) = 'public'")) {
            if ("person".equals(row[2]) || "user_account".equals(row[2])) {
                references.computeIfAbsent((String) row[0], t -> new TreeSet<>()).add((String) row[1]);
            }
        }
        assertTrue(references.getOrDefault("booking", Set.of()).contains("person_id"), "foreign keys are read: " + references);
        Map<String, PersonalData.PersonalTable> personal = new TreeMap<>();
        PersonalData.get().personalTables().forEach(t -> personal.put(t.name(), t));
        List<String> problems = new ArrayList<>();
        int about = 0;
        for (Map.Entry<String, Set<String>> table : schema.entrySet()) {
            PersonalData.PersonalTable classified = personal.get(table.getKey());
            for (String column : table.getValue()) {
                boolean aboutAPerson = PersonalData.namesAPerson(column) || references.getOrDefault(table.getKey(), Set.of()).contains(column)
                        || classified != null && classified.about().contains(column);
                if (!aboutAPerson || "person".equals(table.getKey()) && "id".equals(column)) {
                    continue;
                }
                about++;
                if (classified == null) {
                    problems.add(table.getKey() + "." + column + " is about a person, but the table is classified without personal data");
                } else if (!classified.uses(column) && classified.through().getOrDefault(column, "").length() < 20) {
                    problems.add(table.getKey() + "." + column + " is about a person, but personal." + table.getKey() + " does not use it");
                }
            }
        }
        for (PersonalData.PersonalTable table : personal.values()) {
            table.about().stream().filter(c -> !schema.getOrDefault(table.name(), Set.of()).contains(c))
                    .forEach(c -> problems.add("about." + table.name() + " names " + c + ", not a column of the table"));
            table.through().keySet().stream().filter(c -> !schema.getOrDefault(table.name(), Set.of()).contains(c))
                    .forEach(c -> problems.add("through." + table.name() + "." + c + " names no column of the table"));
            table.columnRetention().keySet().stream().filter(c -> !schema.getOrDefault(table.name(), Set.of()).contains(c))
                    .forEach(c -> problems.add("retention." + table.name() + "." + c + " names no column of the table"));
        }
        assertTrue(about >= 30, "columns about a person found: " + about);
        assertEquals(List.of(), problems, "every column about a person must lead to their rows");
    }

    @Test
    void aPersonsDataHoldsWhatOthersHaveAboutThemAndErasureTakesTheirAddressOffCommitteeLists() throws Exception {
        Person manager = data.person(data.organisation("Fife"), null, null);
        Person person = data.person(manager.getOrganisation(), referenceData.frameworks().get(0).getGroups().get(1), manager);
        data.signIn(Role.LEARNER, person);
        data.partnershipAreas("Fife");
        try {
            Course course = coordinator.call(() -> courses.save(new Course("Subject access bookings " + System.nanoTime(), "About",
                    DeliveryMode.ONLINE_LIVE, 60, "Fife"), Set.of("CHILD_PROTECTION"),
                    Set.of(referenceData.frameworks().get(0).getGroups().get(1).getId()), Set.of()));
            java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            long session = coordinator.call(() -> courses.saveSession(new org.learningnetwork.catalogue.CourseSession(course, start,
                    start.plus(java.time.Duration.ofHours(2)), 10, java.time.Instant.now().minus(java.time.Duration.ofDays(1)),
                    start.minus(java.time.Duration.ofHours(1))), Set.of())).getId();
            long booking = learner.call(() -> bookings.apply(session, "Agreed in supervision", true)).getId();
            coordinator.call(() -> audit.record(AuditAction.EXPORTED, "CourseSession", session, "roster.csv"));
            long listed = coordinator.call(() -> committeeLists.add("CHILD_PROTECTION_COMMITTEE", person.getWorkEmail())).getId();
            String before = person.getWorkEmail();
            String after = "changed." + System.nanoTime() + "@example.org";
            data.execute("update person set work_email = ? where id = ?", after, person.getId());

            JsonObject tables = read(dpo.call(() -> subjectAccess.of(person.getId()))).getJsonObject("tables");
            assertTrue(rows(tables, "mail_outbox").stream().anyMatch(m -> m.getString("recipient").equals(manager.getWorkEmail())
                    && m.getJsonNumber("booking_id").longValue() == booking), "the approval request sent to the manager about the booking");
            assertTrue(rows(tables, "committee_recipient").stream().anyMatch(r -> r.getString("email").equals(before)),
                    "the address on the committee list, though the person's address has changed");
            assertTrue(rows(tables, "audit_entry").stream().anyMatch(e -> e.getString("target_type").equals("CourseSession")
                    && e.getJsonNumber("target_id").longValue() == session), "the roster export with the person on it");
            assertTrue(rows(read(dpo.call(() -> subjectAccess.of(manager.getId()))).getJsonObject("tables"), "mail_outbox").stream()
                    .anyMatch(m -> m.getJsonNumber("booking_id").longValue() == booking), "and in the manager's, as sent to them");

            // A mail still waiting to go carries a working link: a copy of the data never does.
            String token = org.learningnetwork.platform.Tokens.newToken();
            data.execute("insert into mail_outbox (id, version, kind, booking_id, recipient, subject, body, created_at, status, attempts,"
                    + " next_attempt_at) values (?, 1, 'EVALUATION', ?, ?, 'Waiting', ?, current_timestamp, 'PENDING', 0, ?)",
                    -System.nanoTime() % 1_000_000_000L - 1, booking, manager.getWorkEmail(),
                    "Answer at https://example.org/learning/evaluation.xhtml?token=" + token + " soon",
                    java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(1))));
            String copy = dpo.call(() -> subjectAccess.of(person.getId()));
            assertFalse(copy.contains(token), "no working link in a copy");
            assertTrue(copy.contains("evaluation.xhtml?token=removed-once-sent soon"), "the rest of the mail is there");
            data.execute("delete from mail_outbox where subject = 'Waiting' and booking_id = ?", booking);

            long request = dpo.call(() -> erasure.request(after)).getId();
            dpo.call(() -> erasure.erase(request));
            assertEquals(0, data.count("select count(*) from committee_recipient where id = " + listed), "off the committee's list");
        } finally {
            data.partnershipAreas();
        }
    }

    private static List<JsonObject> rows(JsonObject tables, String table) {
        return tables.containsKey(table) ? tables.getJsonArray(table).getValuesAs(JsonObject.class) : List.of();
    }

    @Test
    void aPersonsExportHoldsEveryColumnOfEveryRowAboutThemWithSecretsWithheld() throws Exception {
        Person person = data.person(data.organisation("Fife"), null, null);
        data.signIn(Role.LEARNER, person);
        Course course = coordinator.call(() -> courses.save(new Course("Subject access test " + System.nanoTime(), "About",
                DeliveryMode.ONLINE_LIVE, 60, "Fife"), Set.of("CHILD_PROTECTION"),
                Set.of(referenceData.frameworks().get(0).getGroups().get(1).getId()), Set.of()));
        data.learningRecord(person, course, LearningRecordKind.COMPLETED);
        LegalHold hold = dpo.call(() -> holds.place(person.getWorkEmail(), "Claim ref. SA-1", LocalDate.now().plusMonths(1)));
        try {
            JsonObject own = read(learner.call(() -> subjectAccess.mine()));
            assertEquals(person.getId().longValue(), own.getJsonNumber("person").longValue());
            JsonObject tables = own.getJsonObject("tables");
            Map<String, Set<String>> schema = schema();
            for (String table : List.of("person", "user_account", "user_account_role", "learning_record")) {
                JsonArray rows = tables.getJsonArray(table);
                assertFalse(rows.isEmpty(), table + " has the person's rows");
                assertEquals(schema.get(table), new TreeSet<>(rows.getJsonObject(0).keySet()), "every column of " + table);
            }
            assertEquals(person.getWorkEmail(), tables.getJsonArray("person").getJsonObject(0).getString("work_email"));
            assertEquals("(withheld)", tables.getJsonArray("user_account").getJsonObject(0).getString("password_hash"));
            assertFalse(tables.containsKey("legal_hold"), "a hold is for the officer to disclose");
            assertTrue(own.getJsonObject("withheld").getString("legal_hold").contains("legal hold"));
            AuditEntry exported = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
            assertEquals(List.of(AuditAction.EXPORTED, person.getId(), "subject-access.own"),
                    List.of(exported.getAction(), exported.getTargetId(), exported.getDetail()));

            JsonObject forOfficer = read(dpo.call(() -> subjectAccess.of(person.getId())));
            assertEquals("Claim ref. SA-1", forOfficer.getJsonObject("tables").getJsonArray("legal_hold").getJsonObject(0).getString("reason"));
            assertEquals(schema.get("legal_hold"), new TreeSet<>(forOfficer.getJsonObject("tables").getJsonArray("legal_hold").getJsonObject(0).keySet()));

            // The readable copy is made from the same rows: every table about people under its title, every field.
            String readable = text(learner.call(() -> subjectAccess.minePdf()));
            assertTrue(readable.contains("Your data held by Learning Network"), readable);
            assertTrue(readable.contains("Work email: " + person.getWorkEmail()), readable);
            assertTrue(readable.contains("Password hash: (withheld)"), readable);
            assertFalse(readable.contains("Claim ref. SA-1"), "the hold is for the officer to disclose");
            for (PersonalData.PersonalTable table : PersonalData.get().personalTables()) {
                if (table.withheldReason() == null) {
                    assertTrue(readable.contains(table.title()), table.name() + " in the readable copy");
                }
            }
            AuditEntry pdf = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
            assertEquals("subject-access.own.pdf", pdf.getDetail());
            String officersCopy = text(dpo.call(() -> subjectAccess.ofPdf(person.getId())));
            assertTrue(officersCopy.contains("Reason: Claim ref. SA-1"), officersCopy);
            // A document a member of the public can read: whose it is, a contents list, words rather than codes and
            // check values (those are in the machine-readable copy).
            assertTrue(officersCopy.contains("Data held by Learning Network about " + person.getFullName()), officersCopy);
            assertTrue(readable.contains("Contents") && readable.indexOf("Your record") < readable.indexOf("Audit log entries"), readable);
            assertFalse(readable.contains("Previous hash") || readable.matches("(?s).*\\bHash: [0-9a-f]{16}.*"), "no check values: " + readable);
            assertFalse(readable.contains("subject-access.own"), "codes in words: " + readable);
        } finally {
            dpo.call(() -> holds.release(hold.getId()));
        }
        // Someone else's data is the officer's to produce: refused, and the attempt audited.
        org.learningnetwork.platform.RejectedException refused = assertThrows(org.learningnetwork.platform.RejectedException.class,
                () -> coordinator.call(() -> subjectAccess.of(person.getId())));
        assertEquals("dataProtection.notAllowed", refused.getProblems().get(0).messageKey());
        AuditEntry attempt = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(AuditAction.REFUSED, "Person", person.getId(), "subject-access"),
                List.of(attempt.getAction(), attempt.getTargetType(), attempt.getTargetId(), attempt.getDetail()));
        assertThrows(org.learningnetwork.platform.RejectedException.class, () -> learner.call(() -> subjectAccess.of(person.getId())));
    }

    /** The text of a PDF, its lines joined by spaces (a long value may wrap). */
    private static String text(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The application's tables and their columns, from the database's own catalogue. */
    private Map<String, Set<String>> schema() {
        Map<String, Set<String>> schema = new TreeMap<>();
        for (Object[] row : data.query("select lower(table_name), lower(column_name) from information_schema.columns"
                + " where lower(table_schema) = 'public' and lower(table_name) <> 'flyway_schema_history'")) {
            schema.computeIfAbsent((String) row[0], t -> new TreeSet<>()).add((String) row[1]);
        }
        return schema;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
