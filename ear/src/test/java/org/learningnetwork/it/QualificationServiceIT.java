package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.Qualification;
import org.learningnetwork.reference.QualificationKind;
import org.learningnetwork.retention.SubjectAccessService;
import org.learningnetwork.workforce.PersonQualification;
import org.learningnetwork.workforce.PriorLearningCredit;
import org.learningnetwork.workforce.QualificationService;
import org.learningnetwork.workforce.QualificationStatus;

/**
 * Qualifications people hold and work towards, and credit for prior learning: the learning team records anyone's, a
 * line manager their staff's (another manager is answered as if there were no one), the person reads their own; bad
 * input is refused field by field with nothing written; the catalogue grows and retires; the records are in the
 * person's subject access copy and go when the person is anonymised.
 */
@ExtendWith(ArquillianExtension.class)
class QualificationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private QualificationService qualifications;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Dpo dpo;

    private Person boss;
    private Person staff;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        Organisation agency = data.organisation("Angus");
        boss = data.person(agency, null, null);
        staff = data.person(agency, null, boss);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.LEARNER, staff);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        data.signIn(Role.DPO, data.person(agency, null, null));
    }

    private static PersonQualification inProgress(LocalDate started, LocalDate expected) {
        PersonQualification held = new PersonQualification();
        held.setStatus(QualificationStatus.IN_PROGRESS);
        held.setStartedOn(started);
        held.setExpectedOn(expected);
        held.setProvider("Dundee and Angus College");
        return held;
    }

    private static Set<String> fields(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void theManagerRecordsTheirStaffsQualificationsAndThePersonReadsThem() throws Exception {
        PersonQualification svq = manager.call(() -> qualifications.save(staff.getId(), inProgress(today.minusMonths(3), today.plusMonths(9)),
                "SVQ3_SSHC"));
        assertEquals(boss.getId(), svq.getRecordedBy().getId());
        PersonQualification achieving = coordinator.call(() -> qualifications.of(staff.getId())).inProgress().get(0);
        achieving.setStatus(QualificationStatus.ACHIEVED);
        achieving.setAchievedOn(today.minusDays(1));
        achieving.setEvidence("Certificate 4471-22");
        coordinator.call(() -> qualifications.save(staff.getId(), achieving, "SVQ3_SSHC"));

        PriorLearningCredit credit = new PriorLearningCredit();
        credit.setDescription("Five years in housing support, and the SVQ 3");
        credit.setScqfLevel(7);
        credit.setCredits(60);
        credit.setAwardedOn(today.minusDays(10));
        credit.setAwardedBy("University of Dundee");
        manager.call(() -> qualifications.saveCredit(staff.getId(), credit, "BA_SW"));

        QualificationService.Held mine = learner.call(() -> qualifications.mine());
        assertEquals(List.of("SVQ3_SSHC"), mine.achieved().stream().map(q -> q.getQualification().getCode()).toList());
        assertEquals("Certificate 4471-22", mine.achieved().get(0).getEvidence());
        assertEquals(60, mine.creditPoints());
        assertEquals("BA_SW", mine.credits().get(0).getTowards().getCode());
        assertTrue(data.count("select count(*) from audit_entry where target_type = 'Person' and target_id = " + staff.getId()
                + " and detail = 'qualification.recorded'") == 1, "every change is audited against the person");

        // Another manager, and the person themselves, cannot record; a learner cannot read another's.
        Person otherBoss = data.person(data.organisation("Angus"), null, null);
        data.signIn(Role.MANAGER, otherBoss);
        assertThrows(NotFoundException.class, () -> manager.call(() -> qualifications.of(staff.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> qualifications.save(staff.getId(),
                inProgress(today, today.plusYears(1)), "PLQ1")));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> qualifications.save(staff.getId(),
                inProgress(today, today.plusYears(1)), "PLQ1")));
        assertEquals(1L, data.count("select count(*) from person_qualification where person_id = " + staff.getId()), "nothing written");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        PersonQualification noDate = inProgress(today.plusMonths(2), today.plusMonths(1));
        assertEquals(Set.of("expectedOn:personQualification.expectedOn.afterStart", "qualification:personQualification.qualification.unknown"),
                fields(assertThrows(RejectedException.class, () -> coordinator.call(() -> qualifications.save(staff.getId(), noDate, "NO_SUCH")))));
        PersonQualification achievedTomorrow = new PersonQualification();
        achievedTomorrow.setStatus(QualificationStatus.ACHIEVED);
        achievedTomorrow.setAchievedOn(today.plusDays(1));
        assertEquals(Set.of("achievedOn:personQualification.achievedOn.future", "qualification:personQualification.qualification.required"),
                fields(assertThrows(RejectedException.class, () -> coordinator.call(() -> qualifications.save(staff.getId(), achievedTomorrow, null)))));
        PersonQualification noExpected = inProgress(today, null);
        assertEquals(Set.of("expectedOn:personQualification.expectedOn.required"),
                fields(assertThrows(RejectedException.class, () -> coordinator.call(() -> qualifications.save(staff.getId(), noExpected, "PLQ2")))));

        PriorLearningCredit credit = new PriorLearningCredit();
        credit.setScqfLevel(13);
        credit.setCredits(0);
        credit.setAwardedOn(today.plusDays(2));
        assertEquals(Set.of("description:credit.description.required", "scqfLevel:credit.scqfLevel.range", "credits:credit.credits.range",
                "awardedOn:credit.awardedOn.future"),
                fields(assertThrows(RejectedException.class, () -> coordinator.call(() -> qualifications.saveCredit(staff.getId(), credit, null)))));
        assertEquals(0L, data.count("select count(*) from person_qualification where person_id = " + staff.getId()));
        assertEquals(0L, data.count("select count(*) from prior_learning_credit where person_id = " + staff.getId()));
    }

    @Test
    void theCatalogueGrowsAndARetiredQualificationIsNotStartedAgain() throws Exception {
        String code = "PQ_TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Qualification added = coordinator.call(() -> qualifications.saveQualification(
                new Qualification(code, "Graduate certificate in trauma-informed practice", 10, 60, QualificationKind.POST_QUALIFYING), true));
        assertEquals(code, added.getCode());
        assertEquals(Set.of("code:qualification.code.taken"), fields(assertThrows(RejectedException.class, () -> coordinator.call(
                () -> qualifications.saveQualification(new Qualification(code, "Again", 10, null, QualificationKind.OTHER), true)))));
        Qualification bad = new Qualification("bad code!", " ", 14, 0, null);
        assertEquals(Set.of("code:qualification.code.pattern", "name:qualification.name.required", "scqfLevel:qualification.scqfLevel.range",
                "credits:qualification.credits.range", "kind:qualification.kind.required"),
                fields(assertThrows(RejectedException.class, () -> coordinator.call(() -> qualifications.saveQualification(bad, true)))));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> qualifications.retireQualification(code, true)));

        PersonQualification started = coordinator.call(() -> qualifications.save(staff.getId(), inProgress(today, today.plusYears(1)), code));
        coordinator.call(() -> qualifications.retireQualification(code, true));
        assertFalse(learner.call(() -> qualifications.catalogue(false)).stream().anyMatch(q -> q.getCode().equals(code)));
        // Not started by anyone else, but the one already working towards it keeps it, and may finish it.
        assertEquals(Set.of("qualification:personQualification.qualification.retired"), fields(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> qualifications.save(boss.getId(), inProgress(today, today.plusYears(1)), code)))));
        PersonQualification finishing = coordinator.call(() -> qualifications.of(staff.getId())).inProgress().get(0);
        finishing.setExpectedOn(today.plusMonths(13));
        assertEquals(started.getId(), coordinator.call(() -> qualifications.save(staff.getId(), finishing, code)).getId());
    }

    @Test
    void theRecordsAreInThePersonsCopyAndGoWhenTheyAreAnonymised() throws Exception {
        coordinator.call(() -> qualifications.save(staff.getId(), inProgress(today, today.plusYears(2)), "PLQ1"));
        PriorLearningCredit credit = new PriorLearningCredit();
        credit.setDescription("Mentoring students on placement");
        credit.setScqfLevel(7);
        credit.setCredits(20);
        credit.setAwardedOn(today);
        coordinator.call(() -> qualifications.saveCredit(staff.getId(), credit, "PLQ1"));

        JsonObject own = read(dpo.call(() -> subjectAccess.of(staff.getId()))).getJsonObject("tables");
        assertEquals("PLQ1", own.getJsonArray("person_qualification").getJsonObject(0).getString("qualification_code"));
        assertEquals("Mentoring students on placement", own.getJsonArray("prior_learning_credit").getJsonObject(0).getString("description"));
        JsonObject recorders = read(dpo.call(() -> subjectAccess.of(boss.getId()))).getJsonObject("tables");
        assertTrue(!recorders.containsKey("person_qualification") || recorders.getJsonArray("person_qualification").isEmpty());

        data.anonymise(staff.getId());
        assertEquals(0L, data.count("select count(*) from person_qualification where person_id = " + staff.getId()));
        assertEquals(0L, data.count("select count(*) from prior_learning_credit where person_id = " + staff.getId()));
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
