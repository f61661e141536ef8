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
import org.learningnetwork.retention.LegalHolds;
import org.learningnetwork.retention.PersonalData;
import org.learningnetwork.retention.SubjectAccess;
import org.learningnetwork.security.Role;

/**
 * Subject access: every table of the schema is classified (a new table or column fails here until it is), and a
 * person's export holds every column of every row about them, secrets withheld, audited.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(SubjectAccessIT.class);
    }

    @Inject
    private SubjectAccess subjectAccess;

    @Inject
    private LegalHolds holds;

    @Inject
    private CourseService courses;

    @Inject
    private AuditLog audit;

    @Inject
    private org.learningnetwork.reference.ReferenceDataService referenceData;

    @Inject
    private TestData data;

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
