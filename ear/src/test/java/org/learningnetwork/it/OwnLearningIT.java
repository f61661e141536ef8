package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.ownlearning.OwnLearning;
import org.learningnetwork.ownlearning.OwnLearningKind;
import org.learningnetwork.ownlearning.OwnLearningService;
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
 * Learning people record themselves: bad input refused field by field with nothing stored; a learner changes and
 * removes theirs until their line manager confirms it (another manager sees none of it, a learner cannot confirm);
 * the learning team reads it (audited) and accepts it as equivalent to a course, which meets a pathway requirement;
 * facilitating a session is recorded once for each facilitator when its register is complete; the entries are in
 * the person's subject access copy, not their manager's, and go when the person is anonymised.
 */
@ExtendWith(ArquillianExtension.class)
class OwnLearningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private OwnLearningService own;

    @Inject
    private PathwayService pathways;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private Deliveries deliveries;

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

    private WorkforceGroup group;
    private Organisation agency;
    private Person boss;
    private Person staff;

    @BeforeEach
    void setUp() {
        group = referenceData.frameworks().get(0).getGroups().get(1);
        agency = data.organisation("Perth and Kinross");
        boss = data.person(agency, null, null);
        staff = data.person(agency, group, boss);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.LEARNER, staff);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        data.signIn(Role.DPO, data.person(agency, null, null));
    }

    private static OwnLearning form(String title, LocalDate on, String hours) {
        OwnLearning entry = new OwnLearning();
        entry.setKind(OwnLearningKind.TEAM_BRIEFING);
        entry.setTitle(title);
        entry.setDoneOn(on);
        entry.setHours(hours == null ? null : new BigDecimal(hours));
        entry.setLearned("How the new referral pathway works.");
        entry.setEvidence("Team meeting minutes, 3 March");
        return entry;
    }

    private static Set<String> problems(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void aLearnerRecordsChangesAndRemovesTheirOwnAndBadInputStoresNothing() throws Exception {
        LocalDate today = LocalDate.now();
        RejectedException empty = assertThrows(RejectedException.class, () -> learner.call(() -> own.save(new OwnLearning(), null)));
        assertEquals(Set.of("kind:own.kind.required", "title:own.title.required", "doneOn:own.doneOn.required",
                "hours:own.hours.required"), problems(empty));
        OwnLearning bad = form("x".repeat(201), today.plusDays(1), "0.3");
        bad.setKind(OwnLearningKind.FACILITATING);
        bad.setLearned("y".repeat(2001));
        RejectedException wrong = assertThrows(RejectedException.class, () -> learner.call(() -> own.save(bad, "NO_SUCH_STRAND")));
        assertEquals(Set.of("kind:own.kind.facilitating", "doneOn:own.doneOn.future", "hours:own.hours.quarters", "strand:own.strand.unknown",
                "title:own.title.size", "learned:own.learned.size"), problems(wrong));
        assertEquals(0L, data.count("select count(*) from own_learning where person_id = " + staff.getId()), "nothing stored");

        OwnLearning saved = learner.call(() -> own.save(form("  Referral   pathway briefing ", today.minusDays(2), "1.5"), "CHILD_PROTECTION"));
        assertEquals("Referral pathway briefing", saved.getTitle());
        assertEquals("CHILD_PROTECTION", saved.getStrand().getCode());
        OwnLearning edit = learner.call(() -> own.entry(saved.getId()));
        edit.setHours(new BigDecimal("2"));
        learner.call(() -> own.save(edit, null));
        OwnLearning stale = learner.call(() -> own.entry(saved.getId()));
        stale.setVersion(stale.getVersion() - 1);
        assertEquals(Set.of("null:own.changedMeanwhile"), problems(assertThrows(RejectedException.class,
                () -> learner.call(() -> own.save(stale, null)))));
        assertEquals(List.of(new BigDecimal("2.00")), learner.call(() -> own.mine()).stream().map(OwnLearning::getHours).toList());
        assertEquals(0, new BigDecimal("2").compareTo(OwnLearning.hoursSince(learner.call(() -> own.mine()), today.minusYears(1))));

        // Someone else's entry is not found; the entry is removed.
        Person other = data.person(agency, group, null);
        data.signIn(Role.LEARNER, other);
        assertThrows(NotFoundException.class, () -> learner.call(() -> {
            own.remove(saved.getId());
            return null;
        }));
        data.signIn(Role.LEARNER, staff);
        learner.call(() -> {
            own.remove(saved.getId());
            return null;
        });
        assertEquals(List.of(), learner.call(() -> own.mine()));
    }

    @Test
    void theLineManagerConfirmsItAndTheLearningTeamAcceptsItAsEquivalent() throws Exception {
        OwnLearning saved = learner.call(() -> own.save(form("Safe and Together overview", LocalDate.now().minusMonths(1), "3"), "VAWG"));

        // Another manager does not see it; a learner cannot confirm.
        Person otherBoss = data.person(agency, null, null);
        data.signIn(Role.MANAGER, otherBoss);
        assertTrue(manager.call(() -> own.toConfirm()).isEmpty());
        assertThrows(NotFoundException.class, () -> manager.call(() -> own.confirm(saved.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> own.of(staff.getId())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> own.confirm(saved.getId())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> own.accept(saved.getId(), null)));

        data.signIn(Role.MANAGER, boss);
        assertEquals(List.of(saved.getId()), manager.call(() -> own.toConfirm()).stream().map(OwnLearning::getId).toList());
        OwnLearning confirmed = manager.call(() -> own.confirm(saved.getId()));
        assertEquals(boss.getId(), confirmed.getConfirmedBy().getId());
        assertTrue(manager.call(() -> own.toConfirm()).isEmpty());
        assertEquals(Set.of("null:own.confirmed.already"), problems(assertThrows(RejectedException.class,
                () -> manager.call(() -> own.confirm(saved.getId())))));

        // Confirmed: the learner can no longer change or remove it.
        OwnLearning edit = learner.call(() -> own.entry(saved.getId()));
        edit.setHours(BigDecimal.TEN);
        assertEquals(Set.of("null:own.locked"), problems(assertThrows(RejectedException.class, () -> learner.call(() -> own.save(edit, null)))));
        assertEquals(Set.of("null:own.locked"), problems(assertThrows(RejectedException.class, () -> learner.call(() -> {
            own.remove(saved.getId());
            return null;
        }))));

        // The learning team reads it (audited) and accepts it as a course its pathway requires.
        Course course = deliveries.course("Safe and Together", "VAWG", group, 180, c -> { });
        LearningRequirement requirement = coordinator.call(() -> profiles.save(new LearningRequirement("Safe and Together " + System.nanoTime(),
                null), Set.of(course.getId())));
        RoleProfile profile = coordinator.call(() -> profiles.save(new RoleProfile("ST-" + System.nanoTime(), "Safe and Together"),
                Set.of(group.getId()), List.of(requirement.getId())));
        coordinator.call(() -> pathways.assign(staff.getId(), profile.getId()));
        assertEquals(PathwayState.NOT_STARTED, learner.call(() -> pathways.mine()).rows().get(0).getState());
        assertEquals(1, coordinator.call(() -> own.of(staff.getId())).size());
        assertEquals(1L, data.count("select count(*) from audit_entry where action = 'VIEWED' and target_type = 'Person' and target_id = "
                + staff.getId() + " and detail = 'ownLearning'"));
        assertEquals(Set.of("course:equivalent.course.required"), problems(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> own.accept(saved.getId(), null)))));
        LearningRecord record = coordinator.call(() -> own.accept(saved.getId(), course.getId()));
        assertEquals(LearningRecordKind.EQUIVALENT, record.getKind());
        assertEquals(saved.getDoneOn(), record.getCompletedOn());
        assertTrue(record.getNote().contains("Safe and Together overview"), record.getNote());
        assertEquals(PathwayState.MET, learner.call(() -> pathways.mine()).rows().get(0).getState());
        assertNotNull(learner.call(() -> own.mine()).get(0).getAcceptedRecord());
        assertEquals(Set.of("null:own.accepted.already"), problems(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> own.accept(saved.getId(), course.getId())))));

        // The person's data, not the manager's; gone when the person is anonymised.
        JsonObject mine = read(dpo.call(() -> subjectAccess.of(staff.getId()))).getJsonObject("tables");
        assertEquals("Safe and Together overview", mine.getJsonArray("own_learning").getJsonObject(0).getString("title"));
        JsonObject managers = read(dpo.call(() -> subjectAccess.of(boss.getId()))).getJsonObject("tables");
        assertTrue(!managers.containsKey("own_learning") || managers.getJsonArray("own_learning").isEmpty());
        data.anonymise(staff.getId());
        assertEquals(0L, data.count("select count(*) from own_learning where person_id = " + staff.getId()));
    }

    @Test
    void facilitatingASessionIsRecordedOnceForEachFacilitatorWhenItsRegisterIsComplete() throws Exception {
        Course course = deliveries.course("Facilitated", "CHILD_PROTECTION", group, 150, c -> c.setCpdHours(new BigDecimal("2.5")));
        CourseSession session = deliveries.session(course, 5);
        Booking first = deliveries.book(session, data.person(agency, group, null));
        Booking second = deliveries.book(session, data.person(agency, group, null));
        Person facilitator = data.person(agency, null, null);
        Person coFacilitator = data.person(agency, null, null);
        data.facilitate(session.getId(), facilitator);
        data.facilitate(session.getId(), coFacilitator);
        String entries = "select count(*) from own_learning where session_id = " + session.getId();

        deliveries.deliver(session, Duration.ofHours(4), Deliveries.attended(first));
        assertEquals(0L, data.count(entries), "the register is not complete yet");
        deliveries.mark(session, Deliveries.partial(second, 60));
        assertEquals(2L, data.count(entries), "one for each facilitator");
        deliveries.mark(session, Deliveries.attended(second));
        assertEquals(2L, data.count(entries), "a correction adds none");

        data.signIn(Role.LEARNER, facilitator);
        OwnLearning facilitated = learner.call(() -> own.mine()).get(0);
        assertEquals(OwnLearningKind.FACILITATING, facilitated.getKind());
        assertEquals(course.getTitle(), facilitated.getTitle());
        assertEquals(0, new BigDecimal("2.5").compareTo(facilitated.getHours()));
        assertTrue(!facilitated.isOpenToChange(), "from the register: not the facilitator's to change");
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
