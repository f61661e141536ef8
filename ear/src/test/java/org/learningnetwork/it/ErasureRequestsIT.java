package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.retention.ErasureRequest;
import org.learningnetwork.retention.ErasureRequestService;
import org.learningnetwork.retention.ErasureStatus;
import org.learningnetwork.retention.LegalHold;
import org.learningnetwork.retention.LegalHoldService;

/**
 * Erasure requests: a person asks, the officer erases (the person anonymised: name, contacts, account and typed
 * text gone; agency, workforce group and learning kept) or refuses on a lawful ground; never while held; someone
 * else's request by a non-officer is refused and audited.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureRequestsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private ErasureRequestService erasure;

    @Inject
    private LegalHoldService holds;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AuditLog audit;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Coordinator coordinator;

    @Test
    void aPersonAsksAndTheOfficerErasesThemKeepingWhatFiguresNeed() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        Organisation agency = data.organisation("Fife");
        Person person = data.person(agency, group, null);
        data.signIn(Role.LEARNER, person);
        Course course = coordinator.call(() -> courses.save(new Course("Erasure test " + System.nanoTime(), "About",
                DeliveryMode.ONLINE_LIVE, 60, "Fife"), Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
        data.learningRecord(person, course, LearningRecordKind.COMPLETED);

        ErasureRequest request = learner.call(() -> erasure.requestMine());
        assertEquals(List.of("null:erasure.alreadyOpen"), problems(learner, () -> erasure.requestMine()));
        assertTrue(dpo.call(() -> erasure.open()).stream().anyMatch(r -> r.getId().equals(request.getId())));

        // Not while a legal hold is in place.
        LegalHold hold = dpo.call(() -> holds.place(person.getWorkEmail(), "Claim ref. ER-1", LocalDate.now().plusDays(7)));
        assertEquals(List.of("null:erasure.held"), problems(dpo, () -> erasure.erase(request.getId())));
        assertEquals(person.getWorkEmail(), personRow(person.getId())[2], "nothing erased");
        dpo.call(() -> holds.release(hold.getId()));

        ErasureRequest erased = dpo.call(() -> erasure.erase(request.getId()));
        assertEquals(ErasureStatus.ERASED, erased.getStatus());
        Object[] row = personRow(person.getId());
        assertEquals("Anonymised", row[0]);
        assertEquals("person", row[1]);
        assertTrue(((String) row[2]).startsWith("anonymised-") && !((String) row[2]).contains(person.getFamilyName().toLowerCase()), (String) row[2]);
        assertEquals(agency.getId().longValue(), ((Number) row[3]).longValue(), "the agency stays for the figures");
        assertEquals(1, count("select count(*) from person_workforce_group where person_id = " + person.getId()), "the workforce group stays");
        assertEquals(1, count("select count(*) from learning_record where person_id = " + person.getId()), "the learning stays");
        assertEquals(0, count("select count(*) from user_account where person_id = " + person.getId()), "the account goes");
        AuditEntry entry = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(AuditAction.ERASED, "Person", person.getId()), List.of(entry.getAction(), entry.getTargetType(), entry.getTargetId()));
        assertEquals(List.of("null:erasure.decided"), problems(dpo, () -> erasure.erase(request.getId())));
    }

    @Test
    void aRefusalNeedsTheLawfulGroundAndANoteAndOnlyTheOfficerRaisesRequestsForOthers() throws Exception {
        Person person = data.person(data.organisation("Fife"), null, null);
        assertEquals(List.of("null:dataProtection.notAllowed"), problems(coordinator, () -> erasure.request(person.getWorkEmail())));
        AuditEntry attempt = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(AuditAction.REFUSED, person.getId(), "erasure.request"),
                List.of(attempt.getAction(), attempt.getTargetId(), attempt.getDetail()));
        assertFalse(dpo.call(() -> erasure.open()).stream().anyMatch(r -> r.getPerson().getId().equals(person.getId())), "nothing raised");

        ErasureRequest request = dpo.call(() -> erasure.request(person.getWorkEmail()));
        assertEquals(List.of("exception:erasure.exception.required", "note:erasure.note.required"),
                problems(dpo, () -> erasure.refuse(request.getId(), "BECAUSE", " ")));
        ErasureRequest refused = dpo.call(() -> erasure.refuse(request.getId(), "LEGAL_OBLIGATION",
                "Attendance at statutory child protection training must be kept for the inspection cycle."));
        assertEquals(ErasureStatus.REFUSED, refused.getStatus());
        assertEquals(person.getWorkEmail(), personRow(person.getId())[2], "refused: nothing erased");
        assertEquals(List.of("workEmail:dataProtection.person.unknown"), problems(dpo, () -> erasure.request("nobody@example.org")));
    }

    private Object[] personRow(long id) {
        return data.query("select given_name, family_name, work_email, organisation_id from person where id = " + id).get(0);
    }

    private long count(String sql) {
        return data.count(sql);
    }

    private static List<String> problems(AsRole role, Callable<?> change) {
        RejectedException rejected = assertThrows(RejectedException.class, () -> role.call(change));
        return rejected.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
