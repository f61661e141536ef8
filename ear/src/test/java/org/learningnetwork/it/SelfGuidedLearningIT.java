package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.booking.LearningRecordService;
import org.learningnetwork.booking.SelfGuidedService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.LearningResource;
import org.learningnetwork.catalogue.LearningResourceService;
import org.learningnetwork.catalogue.ResourceKind;
import org.learningnetwork.catalogue.ResourceRules.Draft;
import org.learningnetwork.catalogue.ResourceRules.Upload;
import org.learningnetwork.evaluation.Answer;
import org.learningnetwork.evaluation.EvaluationForm;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.evaluation.FormItem;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.LearningRequirement;
import org.learningnetwork.pathway.PathwayService;
import org.learningnetwork.pathway.PathwayState;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.pathway.RoleProfileService;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.retention.SubjectAccessService;

/**
 * Self-guided learning: the learning team adds e-learning, briefings, films, podcasts and reading to a course, at a
 * link or as an uploaded file, every field checked at once and nothing stored on a refusal; a learner marks one done
 * with a reflection and gets a learning record (completing the course, so it meets a pathway requirement), a
 * certificate and the end-of-course evaluation, whose answer names the course and no session; once a day; a resource
 * someone did is retired, not removed; the reflection is in the person's subject access copy and goes when they are
 * anonymised.
 */
@ExtendWith(ArquillianExtension.class)
class SelfGuidedLearningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private LearningResourceService resources;

    @Inject
    private SelfGuidedService selfGuided;

    @Inject
    private LearningRecordService records;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private CourseService courses;

    @Inject
    private PathwayService pathways;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Dpo dpo;

    private WorkforceGroup group;
    private Organisation agency;
    private Course course;

    @BeforeEach
    void setUp() throws Exception {
        group = referenceData.frameworks().get(0).getGroups().get(0);
        agency = data.organisation("Angus");
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        data.signIn(Role.DPO, data.person(agency, null, null));
        Course draft = new Course("Neglect e-learning " + System.nanoTime(), "About", DeliveryMode.E_LEARNING, 45, "Tayside");
        draft.setOutcomes(List.of("Recognise neglect", "Know who to tell"));
        course = coordinator.call(() -> courses.save(draft, Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
    }

    private static Draft module(String title) {
        return new Draft(ResourceKind.E_LEARNING, title, "Work through it at your own pace.", "https://learn.example.scot/neglect", 45,
                new BigDecimal("0.75"), true);
    }

    private static Set<String> problems(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void theLearningTeamAddsChangesOrdersAndRetiresResourcesAndBadInputStoresNothing() throws Exception {
        long before = data.count("select count(*) from learning_resource");
        RejectedException bad = assertThrows(RejectedException.class, () -> coordinator.call(() -> resources.add(course.getId(),
                new Draft(null, " ", null, "ftp://nowhere", 0, new BigDecimal("0.1"), true), null)));
        assertEquals(Set.of("kind:resource.kind.required", "title:resource.title.required", "url:resource.url.invalid",
                "minutes:resource.minutes.range", "cpdHours:resource.cpdHours.range"), problems(bad));
        RejectedException badFile = assertThrows(RejectedException.class, () -> coordinator.call(() -> resources.add(course.getId(),
                module("Script"), new Upload("install.exe", new byte[] {1, 2}))));
        assertEquals(Set.of("file:resource.file.type"), problems(badFile));
        assertEquals(before, data.count("select count(*) from learning_resource"), "nothing stored");

        LearningResource link = coordinator.call(() -> resources.add(course.getId(), module("Neglect: the module"), null));
        byte[] pdf = "%PDF-1.4 briefing".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        LearningResource file = coordinator.call(() -> resources.add(course.getId(), new Draft(ResourceKind.BRIEFING,
                "Neglect: seven-minute briefing", null, null, 7, new BigDecimal("0.25"), false), new Upload("C:\\docs\\neglect.pdf", pdf)));
        assertEquals("neglect.pdf", file.getFileName());
        assertEquals("application/pdf", file.getContentType());
        assertNull(file.getUrl());
        LearningResourceService.Download download = resources.file(file.getId());
        assertArrayEquals(pdf, download.content(), "anyone can open a file on offer");
        assertThrows(NotFoundException.class, () -> resources.file(link.getId()), "a link has no file");

        // Changed at the version read; a stale change is refused; a link replaces the file, whose bytes go.
        LearningResource changed = coordinator.call(() -> resources.change(file.getId(), file.getVersion(), new Draft(ResourceKind.BRIEFING,
                "Neglect: seven-minute briefing", "For team meetings", "https://example.scot/neglect.pdf", 7, new BigDecimal("0.25"), false),
                null));
        assertEquals("https://example.scot/neglect.pdf", changed.getUrl());
        assertEquals(0L, data.count("select count(*) from learning_resource_file where resource_id = " + file.getId()));
        RejectedException stale = assertThrows(RejectedException.class, () -> coordinator.call(() -> resources.change(file.getId(),
                file.getVersion(), module("Late"), null)));
        assertEquals(Set.of("null:resource.changedMeanwhile"), problems(stale));

        coordinator.call(() -> {
            resources.move(file.getId(), -1);
            return null;
        });
        assertEquals(List.of(file.getId(), link.getId()), coordinator.call(() -> resources.of(course.getId())).stream()
                .map(LearningResource::getId).toList());
        coordinator.call(() -> {
            resources.retire(file.getId(), true);
            return null;
        });
        assertThrows(NotFoundException.class, () -> resources.offered(file.getId()), "retired: no longer offered");
        assertEquals(List.of(link.getId()), resources.offeredBy(course.getId()).stream()
                .map(LearningResource::getId).toList(), "the course offers what is not retired");
        coordinator.call(() -> {
            resources.remove(file.getId());
            return null;
        });
        assertEquals(0L, data.count("select count(*) from learning_resource where id = " + file.getId()), "nobody did it: removed");

        // Only the learning team changes resources.
        data.signIn(Role.LEARNER, data.person(agency, group, null));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> resources.add(course.getId(), module("Mine"), null)));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> resources.of(course.getId())));
    }

    @Test
    void aLearnerMarksItDoneAndGetsARecordACertificateAnEvaluationAndTheirPathwayMet() throws Exception {
        LearningResource module = coordinator.call(() -> resources.add(course.getId(), module("Neglect: the module"), null));
        LearningResource reading = coordinator.call(() -> resources.add(course.getId(), new Draft(ResourceKind.READING,
                "National guidance, part 2", null, "https://www.gov.scot/guidance", 60, BigDecimal.ONE, false), null));
        LearningRequirement requirement = coordinator.call(() -> profiles.save(new LearningRequirement("Neglect " + System.nanoTime(), 36),
                Set.of(course.getId())));
        RoleProfile profile = coordinator.call(() -> profiles.save(new RoleProfile("NEG-" + System.nanoTime(), "Neglect"),
                Set.of(group.getId()), List.of(requirement.getId())));
        Person person = data.person(agency, group, null);
        coordinator.call(() -> pathways.assign(person.getId(), profile.getId()));
        data.signIn(Role.LEARNER, person);

        // The reading adds CPD hours only.
        LearningRecord read = learner.call(() -> selfGuided.markDone(reading.getId(), null));
        assertEquals(LearningRecordKind.RESOURCE, read.getKind());
        assertEquals(PathwayState.NOT_STARTED, learner.call(() -> pathways.mine()).rows().get(0).getState());

        RejectedException tooLong = assertThrows(RejectedException.class, () -> learner.call(() -> selfGuided.markDone(module.getId(),
                "x".repeat(1001))));
        assertEquals(Set.of("reflection:selfGuided.reflection.size"), problems(tooLong));
        LearningRecord done = learner.call(() -> selfGuided.markDone(module.getId(), "  Spotting  neglect early matters. "));
        assertEquals(LearningRecordKind.SELF_GUIDED, done.getKind());
        assertEquals(new BigDecimal("0.75"), done.getCpdHours());
        assertEquals(LocalDate.now(), done.getCompletedOn());
        assertEquals("Spotting neglect early matters.", done.getReflection());
        RejectedException twice = assertThrows(RejectedException.class, () -> learner.call(() -> selfGuided.markDone(module.getId(), null)));
        assertEquals(Set.of("null:selfGuided.already"), problems(twice));
        assertEquals(2, learner.call(() -> records.mine()).size());
        assertEquals(PathwayState.MET, learner.call(() -> pathways.mine()).rows().get(0).getState(), "the module completes the course");

        LearningRecordService.Certificate certificate = learner.call(() -> records.certificate(done.getId()));
        try (PDDocument pdf = Loader.loadPDF(certificate.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Certificate of learning"), text);
            assertTrue(text.contains("completed the self-guided learning Neglect: the module of the course " + course.getTitle()), text);
            assertTrue(text.contains("CPD hours: 0.75"), text);
        }

        // Asked the end-of-course evaluation, about the course's outcomes; the answer names the course and no session.
        long requestId = learner.call(() -> evaluations.mineAbout(done.getId())).orElseThrow();
        assertTrue(learner.call(() -> evaluations.mine()).stream().anyMatch(r -> r.getId() == requestId));
        EvaluationForm form = learner.call(() -> evaluations.mine(requestId));
        assertEquals(EvaluationForm.State.OPEN, form.state());
        assertTrue(form.items().stream().anyMatch(i -> "Recognise neglect".equals(i.outcomeText())), "asked per learning outcome");
        learner.call(() -> {
            evaluations.answerMine(requestId, answers(form.items()));
            return null;
        });
        assertEquals(List.of(course.getId(), -1L), data.query("select r.course_id, coalesce(r.session_id, -1) from evaluation_response r"
                + " join evaluation_request q on q.id = r.request_id where q.id = " + requestId).stream()
                .flatMap(row -> java.util.Arrays.stream(row)).map(v -> ((Number) v).longValue()).toList());
        assertTrue(learner.call(() -> evaluations.mine()).stream().noneMatch(r -> r.getId() == requestId), "answered: no longer open");
        assertEquals(1L, data.count("select count(*) from evaluation_request where learning_record_id = " + read.getId()),
                "the reading is asked about too");

        // Done by someone, the module can be retired but not removed.
        RejectedException remove = assertThrows(RejectedException.class, () -> coordinator.call(() -> {
            resources.remove(module.getId());
            return null;
        }));
        assertEquals(Set.of("null:resource.remove.done"), problems(remove));

        // The reflection is the person's (subject access) and goes when they are anonymised.
        JsonObject tables = read(dpo.call(() -> subjectAccess.of(person.getId()))).getJsonObject("tables");
        assertTrue(tables.getJsonArray("learning_record").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> "Spotting neglect early matters.".equals(r.getString("reflection", null))));
        assertTrue(tables.getJsonArray("evaluation_request").size() >= 2, "the requests about their learning are theirs");
        data.anonymise(person.getId());
        assertEquals(0L, data.count("select count(*) from learning_record where reflection is not null and person_id = " + person.getId()));
        assertEquals(2L, data.count("select count(*) from learning_record where person_id = " + person.getId()), "the records stay for figures");
    }

    @Test
    void aRetiredResourceOrOneOfARetiredCourseCannotBeDoneAndTheLearningTeamCannotMarkIt() throws Exception {
        LearningResource module = coordinator.call(() -> resources.add(course.getId(), module("Neglect: the module"), null));
        Person person = data.person(agency, group, null);
        data.signIn(Role.LEARNER, person);
        assertThrows(NotFoundException.class, () -> learner.call(() -> selfGuided.markDone(Long.MAX_VALUE, null)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> selfGuided.markDone(module.getId(), null)));
        coordinator.call(() -> {
            courses.retire(course.getId());
            return null;
        });
        assertThrows(NotFoundException.class, () -> learner.call(() -> selfGuided.markDone(module.getId(), null)));
        assertEquals(0L, data.count("select count(*) from learning_record where person_id = " + person.getId()));
    }

    private static List<Answer> answers(List<FormItem> items) {
        List<Answer> answers = new ArrayList<>();
        for (FormItem item : items) {
            answers.add(switch (item.question().getKind()) {
                case LIKERT -> Answer.score(5);
                case CONFIDENCE -> Answer.confidence(2, 4);
                case YES_NO -> Answer.yes(true);
                case FREE_TEXT -> Answer.text("Short and clear.");
                case CHOICE -> Answer.choices(List.of(item.question().getOptions().get(0)));
            });
        }
        return answers;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
