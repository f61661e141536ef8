package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.catalogue.CatalogueEntry;
import org.learningnetwork.catalogue.CatalogueQuery;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.Guidance;
import org.learningnetwork.catalogue.GuidanceKind;
import org.learningnetwork.catalogue.GuidanceService;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;

/** The public catalogue: search, filters and order, as an anonymous visitor sees them. */
@ExtendWith(ArquillianExtension.class)
class CatalogueServiceIT {

    private static final Instant SOON = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private CatalogueService catalogue;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private TestData data;

    @Inject
    private GuidanceService guidanceService;

    private String tag;
    private long general;
    private long specific;

    @BeforeEach
    void tag() {
        tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        general = referenceData.frameworks().get(0).getGroups().get(1).getId();
        specific = referenceData.frameworks().get(0).getGroups().get(2).getId();
    }

    private Course course(String title, DeliveryMode mode, String strand, long group, Duration... sessionsFromSoon) throws Exception {
        Course course = new Course(title + " " + tag, "About " + title, mode, 120, "Tayside Partnership");
        Course saved = coordinator.call(() -> courses.save(course, Set.of(strand), Set.of(group), Set.of()));
        for (Duration offset : sessionsFromSoon) {
            Instant start = SOON.plus(offset);
            coordinator.call(() -> courses.saveSession(new CourseSession(saved, start, start.plus(Duration.ofHours(2)), 12,
                    start.minus(Duration.ofDays(9)), start.minus(Duration.ofDays(1))), Set.of()));
        }
        return saved;
    }

    private List<String> titles(CatalogueQuery query) {
        return catalogue.search(query, new PageRequest(0, 50)).rows().stream()
                .map(e -> e.course().getTitle().replace(" " + tag, "")).toList();
    }

    private CatalogueQuery text(String text) {
        return new CatalogueQuery(text, null, null, null, null, null);
    }

    @Test
    void coursesAreListedSoonestNextSessionFirstAndUnplannedLast() throws Exception {
        course("Later", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", general, Duration.ofDays(20));
        course("Unplanned", DeliveryMode.E_LEARNING, "CHILD_PROTECTION", general);
        Course sooner = course("Sooner", DeliveryMode.ONLINE_LIVE, "MAPPA", specific, Duration.ofDays(30), Duration.ofDays(2));
        assertEquals(List.of("Sooner", "Later", "Unplanned"), titles(text(tag)));

        CatalogueEntry first = catalogue.search(text(tag), new PageRequest(0, 1)).rows().get(0);
        assertEquals(sooner.getId(), first.course().getId());
        assertEquals(SOON.plus(Duration.ofDays(2)), first.nextSessionStart());
        assertEquals(3, catalogue.search(text(tag), new PageRequest(0, 1)).total());
        assertNull(catalogue.search(text(tag), new PageRequest(2, 1)).rows().get(0).nextSessionStart());
    }

    @Test
    void filtersNarrowByStrandGroupDeliveryModeAndDates() throws Exception {
        course("Chronologies", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", specific, Duration.ofDays(1));
        course("MAPPA briefing", DeliveryMode.SEVEN_MINUTE_BRIEFING, "MAPPA", general, Duration.ofDays(40));
        assertEquals(List.of("MAPPA briefing"), titles(new CatalogueQuery(tag, "MAPPA", null, null, null, null)));
        assertEquals(List.of("Chronologies"), titles(new CatalogueQuery(tag, null, specific, null, null, null)));
        assertEquals(List.of("MAPPA briefing"), titles(new CatalogueQuery(tag, null, null, DeliveryMode.SEVEN_MINUTE_BRIEFING, null, null)));
        assertEquals(List.of("Chronologies"), titles(new CatalogueQuery(tag, null, null, null, SOON, SOON.plus(Duration.ofDays(7)))));
        assertEquals(List.of("MAPPA briefing"), titles(new CatalogueQuery(tag, null, null, null, SOON.plus(Duration.ofDays(7)), null)));
    }

    @Test
    void coursesAreFoundByWhatTheyAnswerTo() throws Exception {
        Guidance review = coordinator.call(() -> guidanceService.save(null, 0,
                new Guidance(GuidanceKind.LEARNING_REVIEW, "Learning review " + tag, null)));
        Guidance retired = coordinator.call(() -> guidanceService.save(null, 0,
                new Guidance(GuidanceKind.INSPECTION, "Inspection " + tag, "https://example.org/inspection")));
        Course chronologies = course("Chronologies", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", specific, Duration.ofDays(1));
        course("Briefing", DeliveryMode.SEVEN_MINUTE_BRIEFING, "MAPPA", general, Duration.ofDays(3));
        Course stored = coordinator.call(() -> courses.find(chronologies.getId()));
        coordinator.call(() -> courses.save(stored, Set.of("CHILD_PROTECTION"), Set.of(specific), Set.of(),
                Set.of(review.getId(), retired.getId())));

        assertEquals(List.of("Chronologies"), titles(new CatalogueQuery(tag, null, null, null, null, null, false, review.getId())));
        // The words of a title it answers to find the course, whatever its own title says.
        assertEquals(List.of("Chronologies"), titles(new CatalogueQuery("learning review " + tag, null, null, null, null, null)));
        assertEquals(List.of("Learning review " + tag, "Inspection " + tag), catalogue.course(chronologies.getId()).getGuidance().stream()
                .map(Guidance::getTitle).toList(), "by kind: the learning review before the inspection");

        // A retired entry stays on the course that names it, and cannot be linked to another; an unknown one neither.
        coordinator.call(() -> {
            guidanceService.retire(retired.getId(), true);
            return null;
        });
        Course again = coordinator.call(() -> courses.find(chronologies.getId()));
        coordinator.call(() -> courses.save(again, Set.of("CHILD_PROTECTION"), Set.of(specific), Set.of(),
                Set.of(review.getId(), retired.getId())));
        Course other = course("Other", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", specific);
        for (long refused : new long[] {retired.getId(), 987654321L}) {
            RejectedException e = assertThrows(RejectedException.class, () -> coordinator.call(() -> courses.save(
                    coordinator.call(() -> courses.find(other.getId())), Set.of("CHILD_PROTECTION"), Set.of(specific), Set.of(),
                    Set.of(refused))));
            assertEquals(List.of("course.guidance.unknown"), e.getProblems().stream().map(RejectedException.Problem::messageKey).toList());
        }
        assertTrue(guidanceService.offered().stream().noneMatch(g -> g.getId().equals(retired.getId())));

        // An entry a course names cannot be removed; two entries cannot share a title; a stale change is refused.
        assertThrows(RejectedException.class, () -> coordinator.call(() -> {
            guidanceService.remove(review.getId());
            return null;
        }));
        RejectedException taken = assertThrows(RejectedException.class, () -> coordinator.call(() -> guidanceService.save(null, 0,
                new Guidance(GuidanceKind.GUIDANCE, "LEARNING REVIEW " + tag.toUpperCase(java.util.Locale.ROOT), null))));
        assertEquals("guidance.title.taken", taken.getProblems().get(0).messageKey());
        Guidance renamed = coordinator.call(() -> guidanceService.save(review.getId(), review.getVersion(),
                new Guidance(GuidanceKind.LEARNING_REVIEW, "Learning review " + tag + " (2026)", null)));
        assertThrows(jakarta.ejb.EJBException.class, () -> coordinator.call(() -> guidanceService.save(review.getId(),
                review.getVersion(), new Guidance(GuidanceKind.LEARNING_REVIEW, "Stale " + tag, null))));
        assertEquals("Learning review " + tag + " (2026)", coordinator.call(() -> guidanceService.find(renamed.getId())).getTitle());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> guidanceService.all(), "not for anyone");
    }

    @Test
    void retiredCoursesAndCancelledSessionsLeaveTheCatalogue() throws Exception {
        Course retired = course("Retired", DeliveryMode.IN_PERSON, "TRAUMA", general, Duration.ofDays(3));
        Course cancelled = course("Cancelled only", DeliveryMode.IN_PERSON, "TRAUMA", general, Duration.ofDays(4));
        coordinator.call(() -> { courses.retire(retired.getId()); return null; });
        long sessionId = catalogue.upcomingSessions(cancelled.getId()).get(0).getId();
        coordinator.call(() -> { courses.cancelSession(sessionId, "Venue unavailable"); return null; });

        assertEquals(List.of("Cancelled only"), titles(text(tag)));
        assertNull(catalogue.search(text(tag), new PageRequest(0, 5)).rows().get(0).nextSessionStart());
        assertThrows(NotFoundException.class, () -> catalogue.course(retired.getId()));
        assertEquals(1, catalogue.upcomingSessions(cancelled.getId()).size());
    }

    @Test
    void wildcardsTypedInTheSearchAreTakenLiterally() throws Exception {
        course("Substance use", DeliveryMode.IN_PERSON, "SUBSTANCE_USE", general, Duration.ofDays(5));
        assertEquals(List.of(), titles(text(tag + "%")));
        assertEquals(List.of("Substance use"), titles(text("SUBSTANCE USE " + tag)));
    }

    @Test
    void theOrderFollowsCancelledCopiedAndStartedSessions() throws Exception {
        Course a = course("A", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", general, Duration.ofDays(2), Duration.ofDays(30));
        course("B", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", general, Duration.ofDays(10));
        assertEquals(List.of("A", "B"), titles(text(tag)));

        List<CourseSession> sessionsOfA = catalogue.upcomingSessions(a.getId());
        coordinator.call(() -> { courses.cancelSession(sessionsOfA.get(0).getId(), "Trainer unwell"); return null; });
        assertEquals(List.of("B", "A"), titles(text(tag)));

        coordinator.call(() -> courses.copySession(sessionsOfA.get(1).getId(), SOON.plus(Duration.ofDays(1))));
        assertEquals(List.of("A", "B"), titles(text(tag)));

        // A session about to start: once it has, the course moves behind those with later sessions still to come
        // (the catalogue's order is moved on by a timer every minute).
        Course c = course("C", DeliveryMode.IN_PERSON, "CHILD_PROTECTION", general, Duration.ofDays(60));
        Instant start = Instant.now().plusSeconds(3);
        coordinator.call(() -> courses.saveSession(new CourseSession(c, start, start.plus(Duration.ofHours(1)), 12,
                start.minus(Duration.ofDays(2)), start), Set.of()));
        assertEquals(List.of("C", "A", "B"), titles(text(tag)));
        Instant deadline = Instant.now().plusSeconds(75);
        while (!titles(text(tag)).equals(List.of("A", "B", "C")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertEquals(List.of("A", "B", "C"), titles(text(tag)));
        assertEquals(SOON.plus(Duration.ofDays(60)), catalogue.search(text(tag), new PageRequest(2, 1)).rows().get(0).nextSessionStart());
    }

    @Test
    void hasPlacesKeepsCoursesWithASessionTakingApplicationsNowWithPlacesLeft() throws Exception {
        Instant now = Instant.now();
        long full = session(course("Full", DeliveryMode.IN_PERSON, "TRAUMA", general), 1, now.minus(Duration.ofDays(1)));
        long open = session(course("Open", DeliveryMode.IN_PERSON, "TRAUMA", general), 2, now.minus(Duration.ofDays(1)));
        session(course("Not open yet", DeliveryMode.IN_PERSON, "TRAUMA", general), 2, now.plus(Duration.ofDays(2)));
        data.takePlaces(full, 1);
        data.takePlaces(open, 1);
        CatalogueQuery withPlaces = new CatalogueQuery(tag, null, null, null, null, null, true);
        assertEquals(List.of("Open"), titles(withPlaces));
        assertEquals(List.of(), titles(new CatalogueQuery(tag, null, null, null, SOON.plus(Duration.ofDays(1)), null, true)));
        data.takePlaces(open, 2);
        assertEquals(List.of(), titles(withPlaces));
        assertEquals(3, titles(text(tag)).size());
    }

    /** A session starting at SOON whose booking window opens at {@code opens}; its id. */
    private long session(Course course, int capacity, Instant opens) throws Exception {
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, SOON, SOON.plus(Duration.ofHours(2)), capacity,
                opens, SOON.minus(Duration.ofHours(1))), Set.of())).getId();
    }
}
