package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CostBasis;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.figures.Committee;
import org.learningnetwork.figures.CommitteeAdminService;
import org.learningnetwork.figures.CommitteeKind;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reporting.KpiService;

/** Coordinators keep the catalogue; its rules hold whatever the input. */
@ExtendWith(ArquillianExtension.class)
class CourseServiceIT {

    private static final Instant START = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private CommitteeAdminService committees;

    @Inject
    private KpiService kpis;

    private long generalGroup() {
        return referenceData.frameworks().get(0).getGroups().get(1).getId();
    }

    private Course newCourse(String title) {
        Course course = new Course(title + " " + UUID.randomUUID().toString().substring(0, 6),
                "Key processes, roles and responsibilities in child protection.", DeliveryMode.IN_PERSON, 180,
                "Clackmannanshire Child Protection Committee");
        course.setCpdHours(new BigDecimal("3.0"));
        course.setOutcomes(List.of("Describe the stages of the child protection process", "Know who to contact"));
        return course;
    }

    private Course saveCourse(Course course, Set<Long> prerequisites) throws Exception {
        return coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION", "TRAUMA"), Set.of(generalGroup()), prerequisites));
    }

    private CourseSession newSession(Course course) {
        return new CourseSession(course, START, START.plus(Duration.ofHours(3)), 20,
                START.minus(Duration.ofDays(20)), START.minus(Duration.ofDays(2)));
    }

    @Test
    void aCourseIsSavedFreeByDefaultWithItsOutcomesStrandsAndGroups() throws Exception {
        Course saved = saveCourse(newCourse("Child protection: key processes"), Set.of());
        Course found = coordinator.call(() -> courses.find(saved.getId()));
        assertTrue(found.isFree());
        assertEquals(BookingMode.FIRST_COME, found.getBookingMode());
        assertEquals(2, found.getOutcomes().size());
        assertEquals("Describe the stages of the child protection process", found.getOutcomes().get(0));
        assertEquals(Set.of("CHILD_PROTECTION", "TRAUMA"), Set.copyOf(found.getStrands().stream().map(s -> s.getCode()).toList()));
        assertEquals(1, found.getTargetGroups().size());
    }

    @Test
    void aCourseWithoutTargetGroupOrWithBadFieldsIsRejectedAndNotSaved() throws Exception {
        Course course = newCourse("No group");
        course.setDurationMinutes(0);
        RejectedException rejected = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.save(course, Set.of(), Set.of(), Set.of())));
        List<String> keys = rejected.getProblems().stream().map(p -> p.messageKey()).toList();
        assertTrue(keys.contains("course.targetGroups.required"), keys.toString());
        assertTrue(keys.contains("course.durationMinutes.positive"), keys.toString());
        assertEquals(null, course.getId());
    }

    @Test
    void prerequisitesThatWouldMakeACycleAreRejected() throws Exception {
        Course general = saveCourse(newCourse("General awareness"), Set.of());
        Course keyProcesses = saveCourse(newCourse("Key processes"), Set.of(general.getId()));
        Course chronologies = saveCourse(newCourse("Chronologies"), Set.of(keyProcesses.getId()));

        Course generalAgain = coordinator.call(() -> courses.find(general.getId()));
        RejectedException cycle = assertThrows(RejectedException.class, () -> saveCourse(generalAgain, Set.of(chronologies.getId())));
        assertEquals("course.prerequisites.cycle", cycle.getProblems().get(0).messageKey());
        Course self = coordinator.call(() -> courses.find(general.getId()));
        assertThrows(RejectedException.class, () -> saveCourse(self, Set.of(general.getId())));
        assertTrue(coordinator.call(() -> courses.find(general.getId())).getPrerequisites().isEmpty());
    }

    @Test
    void sessionTimesBookingWindowAndCapacityAreChecked() throws Exception {
        Course course = saveCourse(newCourse("Session rules"), Set.of());
        CourseSession backwards = new CourseSession(course, START, START.minus(Duration.ofHours(1)), 0,
                START.minus(Duration.ofDays(5)), START.plus(Duration.ofDays(1)));
        RejectedException rejected = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.saveSession(backwards, Set.of())));
        List<String> keys = rejected.getProblems().stream().map(p -> p.messageKey()).toList();
        assertTrue(keys.containsAll(List.of("session.endsAt.afterStart", "session.bookingClosesAt.beforeStart")), keys.toString());

        CourseSession empty = newSession(course);
        empty.setCapacity(0);
        assertEquals("session.capacity.positive", assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.saveSession(empty, Set.of()))).getProblems().get(0).messageKey());
        assertTrue(coordinator.call(() -> courses.sessionsOf(course.getId())).isEmpty());
    }

    @Test
    void aSessionIsCopiedToNewDatesAndCancelled() throws Exception {
        Course course = saveCourse(newCourse("Copy and cancel"), Set.of());
        CourseSession session = coordinator.call(() -> courses.saveSession(newSession(course), Set.of()));
        Instant later = START.plus(Duration.ofDays(28));
        CourseSession copy = coordinator.call(() -> courses.copySession(session.getId(), later));
        assertEquals(later, copy.getStartsAt());
        assertEquals(later.plus(Duration.ofHours(3)), copy.getEndsAt());
        assertEquals(later.minus(Duration.ofDays(2)), copy.getBookingClosesAt());

        coordinator.call(() -> { courses.cancelSession(session.getId(), "Venue unavailable"); return null; });
        List<CourseSession> sessions = coordinator.call(() -> courses.sessionsOf(course.getId()));
        assertEquals(List.of(SessionStatus.CANCELLED, SessionStatus.PLANNED), sessions.stream().map(CourseSession::getStatus).toList());
    }

    @Test
    void aRetiredCourseKeepsItsSessionsButTakesNoNewOnes() throws Exception {
        Course course = saveCourse(newCourse("Retiring"), Set.of());
        CourseSession session = coordinator.call(() -> courses.saveSession(newSession(course), Set.of()));
        coordinator.call(() -> { courses.retire(course.getId()); return null; });
        assertTrue(coordinator.call(() -> courses.find(course.getId())).isRetired());
        assertEquals(1, coordinator.call(() -> courses.sessionsOf(course.getId())).size());
        assertEquals("session.course.retired", assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.saveSession(newSession(course), Set.of()))).getProblems().get(0).messageKey());
        assertThrows(RejectedException.class, () -> coordinator.call(() -> courses.copySession(session.getId(), START.plus(Duration.ofDays(7)))));
    }

    @Test
    void cancellingNeedsAReasonAndACancelledSessionCannotChange() throws Exception {
        Course course = saveCourse(newCourse("Cancel rules"), Set.of());
        CourseSession session = coordinator.call(() -> courses.saveSession(newSession(course), Set.of()));
        RejectedException noReason = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> { courses.cancelSession(session.getId(), "  "); return null; }));
        assertEquals("cancellationReason", noReason.getProblems().get(0).field());
        assertEquals(SessionStatus.PLANNED, coordinator.call(() -> courses.findSession(session.getId())).getStatus());

        coordinator.call(() -> { courses.cancelSession(session.getId(), "Trainer unwell"); return null; });
        CourseSession cancelled = coordinator.call(() -> courses.findSession(session.getId()));
        assertEquals("Trainer unwell", cancelled.getCancellationReason());
        cancelled.setCapacity(40);
        assertEquals("session.notChangeable", assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.saveSession(cancelled, Set.of()))).getProblems().get(0).messageKey());
        assertEquals("session.cancel.already", assertThrows(RejectedException.class,
                () -> coordinator.call(() -> { courses.cancelSession(session.getId(), "Again"); return null; })).getProblems().get(0).messageKey());
        assertEquals(20, coordinator.call(() -> courses.findSession(session.getId())).getCapacity());
    }

    @Test
    void facilitatorsAreNamedByWorkEmailAndAnUnknownOneIsRejected() throws Exception {
        Course course = saveCourse(newCourse("Facilitated"), Set.of());
        CourseSession saved = coordinator.call(() -> courses.saveSession(newSession(course),
                List.of("Facilitator@demo.learning-network.scot")));
        assertEquals(List.of("facilitator@demo.learning-network.scot"),
                coordinator.call(() -> courses.findSession(saved.getId())).getFacilitators().stream().map(p -> p.getWorkEmail()).toList());
        RejectedException unknown = assertThrows(RejectedException.class, () -> coordinator.call(() ->
                courses.saveSession(newSession(course), List.of("nobody@example.org"))));
        assertEquals("facilitators", unknown.getProblems().get(0).field());
        assertEquals(1, coordinator.call(() -> courses.sessionsOf(course.getId())).size());
    }

    @Test
    void theCourseListFindsRetiredCoursesOnlyWhenAsked() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Course kept = saveCourse(newCourse("Listed " + tag), Set.of());
        Course retired = saveCourse(newCourse("Listed " + tag), Set.of());
        coordinator.call(() -> { courses.retire(retired.getId()); return null; });
        var active = coordinator.call(() -> courses.search(tag, null, false, new PageRequest(0, 20)));
        assertEquals(List.of(kept.getId()), active.rows().stream().map(Course::getId).toList());
        var all = coordinator.call(() -> courses.search(tag, "CHILD_PROTECTION", true, new PageRequest(0, 20)));
        assertEquals(2, all.total());
        assertEquals(0, coordinator.call(() -> courses.search(tag, "MAPPA", true, new PageRequest(0, 20))).total());
    }

    @Test
    void theScheduleFiltersByStrandAndVenue() throws Exception {
        Course course = saveCourse(newCourse("Scheduled"), Set.of());
        Venue place = coordinator.call(() -> courses.venues()).get(0);
        long venue = place.getId();
        CourseSession session = newSession(course);
        session.setVenue(place);
        CourseSession atVenue = coordinator.call(() -> courses.saveSession(session, Set.of()));
        Instant from = START.minus(Duration.ofHours(1));
        Instant to = START.plus(Duration.ofHours(1));
        assertTrue(ids(coordinator.call(() -> courses.schedule(from, to, null, null))).contains(atVenue.getId()));
        assertTrue(ids(coordinator.call(() -> courses.schedule(from, to, "TRAUMA", venue))).contains(atVenue.getId()));
        assertTrue(!ids(coordinator.call(() -> courses.schedule(from, to, "MAPPA", null))).contains(atVenue.getId()));
        assertTrue(!ids(coordinator.call(() -> courses.schedule(from, to, null, venue + 1_000_000))).contains(atVenue.getId()));
        assertTrue(!ids(coordinator.call(() -> courses.schedule(to, to.plus(Duration.ofDays(1)), null, null))).contains(atVenue.getId()));
    }

    private static List<Long> ids(List<CourseSession> sessions) {
        return sessions.stream().map(CourseSession::getId).toList();
    }

    @Test
    void aLearnerCannotChangeTheCatalogue() {
        assertThrows(EJBAccessException.class, () -> learner.call(() -> courses.save(newCourse("Refused"), Set.of(), Set.of(generalGroup()), Set.of())));
    }

    @Test
    void aCostIsAgreedByACommitteeAndACommitteeRetiredGetsNoNewFigures() throws Exception {
        String name = "Test committee " + UUID.randomUUID().toString().substring(0, 6);
        Committee added = coordinator.call(() -> committees.add(new CommitteeAdminService.Draft(name, CommitteeKind.COMMITTEE,
                Set.of("MAPPA"))));
        assertTrue(added.getCode().startsWith("TEST_COMMITTEE_"), added.getCode());
        assertTrue(kpis.committees().contains(added.getCode()), "it gets figures");
        try {
            Course course = newCourse("Costed");
            course.setCostPence(2000);
            course.setCostBasis(CostBasis.COMMISSIONED);
            course.setCostCommittee("CHIEF_OFFICERS_GROUP");
            RejectedException refused = assertThrows(RejectedException.class, () -> saveCourse(course, Set.of()));
            assertEquals(List.of("course.costCommittee.notChiefOfficers"), refused.getProblems().stream()
                    .map(RejectedException.Problem::messageKey).toList());
            course.setCostCommittee("NO_SUCH_COMMITTEE");
            refused = assertThrows(RejectedException.class, () -> saveCourse(course, Set.of()));
            assertEquals(List.of("course.costCommittee.unknown"), refused.getProblems().stream()
                    .map(RejectedException.Problem::messageKey).toList());
            course.setCostCommittee(added.getCode());
            course.setCostAgreedOn(LocalDate.now().minusDays(1));
            assertEquals(added.getCode(), saveCourse(course, Set.of()).getCostCommittee());

            // The same name twice, or a second Chief Officers Group, is refused; a stale change too.
            RejectedException twice = assertThrows(RejectedException.class, () -> coordinator.call(() -> committees.add(
                    new CommitteeAdminService.Draft(name.toUpperCase(java.util.Locale.ROOT), CommitteeKind.CHIEF_OFFICERS, Set.of()))));
            assertEquals(List.of("committee.name.taken", "committee.kind.oneChiefOfficers", "committee.strands.required"),
                    twice.getProblems().stream().map(RejectedException.Problem::messageKey).toList());
            Committee renamed = coordinator.call(() -> committees.change(added.getCode(), added.getVersion(),
                    new CommitteeAdminService.Draft(name + " (renamed)", CommitteeKind.SUB_GROUP, Set.of("MAPPA", "JUSTICE"))));
            assertEquals(added.getCode(), renamed.getCode(), "the code never changes");
            assertThrows(jakarta.ejb.EJBException.class, () -> coordinator.call(() -> committees.change(added.getCode(),
                    added.getVersion(), new CommitteeAdminService.Draft("Stale", CommitteeKind.COMMITTEE, Set.of("MAPPA")))));
            assertEquals(List.of("MAPPA", "JUSTICE"), coordinator.call(() -> committees.find(added.getCode())).getStrands().stream()
                    .map(s -> s.getCode()).toList());
        } finally {
            coordinator.call(() -> {
                committees.retire(added.getCode(), true);
                return null;
            });
        }
        assertFalse(kpis.committees().contains(added.getCode()), "retired: no new figures or packs");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> learner.call(() -> committees.all()));
    }
}
