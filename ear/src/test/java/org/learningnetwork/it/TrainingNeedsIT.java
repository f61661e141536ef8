package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.LearningNeed;
import org.learningnetwork.pathway.LearningNeedService;
import org.learningnetwork.pathway.LearningRequirement;
import org.learningnetwork.pathway.NeedPriority;
import org.learningnetwork.pathway.NeedSource;
import org.learningnetwork.pathway.PathwayService;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.pathway.RoleProfileService;
import org.learningnetwork.pathway.TrainingNeedsService;
import org.learningnetwork.pathway.TrainingNeedsService.Analysis;
import org.learningnetwork.pathway.TrainingNeedsService.Line;
import org.learningnetwork.pathway.TrainingPlanRules.Year;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The training-needs analysis on the deployed server: what people's pathways, their agreed learning needs and the
 * waiting lists ask of a course in next year's quarters, each person once, against the places in the calendar; the
 * sessions to add, made as drafts that are nowhere public and then count as places; the learning team only.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingNeedsIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private TrainingNeedsService analysis;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private PathwayService pathways;

    @Inject
    private LearningNeedService needs;

    @Inject
    private CourseService courses;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private BookingService bookings;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Learner learner;

    @AfterEach
    void everyoneMayBookAgain() {
        data.partnershipAreas();
    }

    private Course course(String title, DeliveryMode mode, WorkforceGroup group) throws Exception {
        Course course = new Course(title, "About", mode, 180, "Tayside");
        course.setDefaultCapacity(10);
        return coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
    }

    private CourseSession session(Course course, Instant start, int capacity) throws Exception {
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, start, start.plus(Duration.ofHours(3)), capacity,
                Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1))), Set.of()));
    }

    private static LearningNeed need(LocalDate target) {
        LearningNeed need = new LearningNeed();
        need.setNeed("Chronologies with partners");
        need.setAgreedIn(NeedSource.APPRAISAL);
        need.setAgreedOn(LocalDate.now(ZONE));
        need.setPriority(NeedPriority.HIGH);
        need.setTargetOn(target);
        return need;
    }

    private Line line(Analysis plan, Course course) {
        return plan.lines().stream().filter(l -> l.course().getId().equals(course.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + course.getTitle()));
    }

    @Test
    void whatPeopleAskForAgainstThePlacesGivesTheSessionsToAddAndDraftsOfThem() throws Exception {
        WorkforceGroup general = referenceData.frameworks().get(0).getGroups().get(1);
        data.partnershipAreas("Dundee City");
        Organisation agency = data.organisation("Dundee City");
        Person boss = data.person(agency, general, null);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        String tag = Long.toString(System.nanoTime());
        Course classroom = course("Planning classroom " + tag, DeliveryMode.IN_PERSON, general);
        Course online = course("Planning e-learning " + tag, DeliveryMode.E_LEARNING, general);
        LearningRequirement requirement = coordinator.call(() -> profiles.save(new LearningRequirement("Planning " + tag, 36),
                Set.of(classroom.getId(), online.getId())));
        RoleProfile profile = coordinator.call(() -> profiles.save(new RoleProfile("PLAN-" + tag, "Planner " + tag), Set.of(general.getId()),
                List.of(requirement.getId())));
        Year next = coordinator.call(() -> analysis.years()).get(1);

        // Twelve never done it and one lapsed: the first quarter. One falls due in the third; one only after the year.
        List<Person> holders = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Person person = data.person(agency, general, boss);
            coordinator.call(() -> pathways.assign(person.getId(), profile.getId()));
            holders.add(person);
        }
        data.learningRecord(holders.get(12), online, LearningRecordKind.EQUIVALENT, LocalDate.now(ZONE).minusYears(4));
        data.learningRecord(holders.get(13), classroom, LearningRecordKind.COMPLETED, next.quarterStart(2).plusDays(10).minusMonths(36));
        data.learningRecord(holders.get(14), classroom, LearningRecordKind.COMPLETED, next.end().plusDays(5).minusMonths(36));
        // Needs agreed in appraisal naming the course: one by a person without the profile (second quarter), one by a
        // person whose pathway asks already (counted once).
        Person appraised = data.person(agency, general, boss);
        manager.call(() -> needs.save(appraised.getId(), need(next.quarterStart(1).plusDays(20)), null, classroom.getId()));
        manager.call(() -> needs.save(holders.get(0).getId(), need(null), null, classroom.getId()));
        // A full session this year: one placed, one on the waiting list.
        CourseSession now = session(classroom, Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), 1);
        coordinator.call(() -> bookings.bookNamed(now.getId(), List.of(data.person(agency, general, boss).getWorkEmail(),
                data.person(agency, general, boss).getWorkEmail())));
        // Ten places next year in the first quarter.
        session(classroom, next.quarterStart(0).plusDays(14).atTime(9, 30).atZone(ZONE).toInstant(), 10);

        Analysis plan = coordinator.call(() -> analysis.analyse(next.startYear()));
        Line line = line(plan, classroom);
        assertArrayEquals(new int[] {13, 0, 1, 0}, line.fromPathways());
        assertArrayEquals(new int[] {0, 1, 0, 0}, line.fromNeeds());
        assertEquals(1, line.waiting());
        assertArrayEquals(new int[] {14, 1, 1, 0}, line.demand());
        assertArrayEquals(new int[] {10, 0, 0, 0}, line.places());
        assertArrayEquals(new int[] {1, 0, 0, 0}, line.toAdd(), "4 short in the first quarter; the session's spare places serve the rest");
        assertTrue(plan.lines().stream().noneMatch(l -> l.course().getId().equals(online.getId())),
                "the requirement's demand is planned on the course with sessions");
        assertTrue(plan.openNeeds().get(NeedPriority.HIGH) >= 2);

        List<CourseSession> drafts = coordinator.call(() -> analysis.draftSessions(next.startYear()));
        List<CourseSession> mine = drafts.stream().filter(s -> s.getCourse().getId().equals(classroom.getId())).toList();
        assertEquals(1, mine.size());
        CourseSession draft = mine.get(0);
        assertEquals(SessionStatus.DRAFT, draft.getStatus());
        assertEquals(0, next.quarterOf(LocalDate.ofInstant(draft.getStartsAt(), ZONE)));
        assertEquals(10, draft.getCapacity());
        assertThrows(NotFoundException.class, () -> catalogue.session(draft.getId()), "a draft is not public");
        assertTrue(catalogue.upcomingSessions(classroom.getId()).stream().noneMatch(s -> s.getId().equals(draft.getId())));
        assertArrayEquals(new int[] {0, 0, 0, 0}, line(coordinator.call(() -> analysis.analyse(next.startYear())), classroom).toAdd(),
                "the drafts count as places: asked again, nothing to add");
        assertEquals(0, coordinator.call(() -> analysis.draftSessions(next.startYear())).stream()
                .filter(s -> s.getCourse().getId().equals(classroom.getId())).count());
    }

    @Test
    void onlyTheLearningTeamAndOnlyTheYearsThatCanBePlanned() throws Exception {
        data.signIn(Role.LEARNER, data.person(data.organisation("Fife"), null, null));
        Year next = coordinator.call(() -> analysis.years()).get(1);
        assertThrows(EJBAccessException.class, () -> learner.call(() -> analysis.analyse(next.startYear())));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> analysis.draftSessions(next.startYear())));
        RejectedException refused = assertThrows(RejectedException.class, () -> coordinator.call(() -> analysis.analyse(2000)));
        assertEquals("tna.year.range", refused.getProblems().get(0).messageKey());
    }
}
