package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.ActorRole;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingEvent;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.booking.LearningRecordKind;
import org.learningnetwork.booking.SessionBookings;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CostBasis;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/** Booking: the checks on an application, approval, places and the waiting list, cancellation, and concurrency. */
@ExtendWith(ArquillianExtension.class)
class BookingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private SessionBookings sessionBookings;

    @Inject
    private CourseService courses;

    @Inject
    private org.learningnetwork.booking.LearningRecordService records;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Coordinator coordinator;

    @Resource
    private ManagedExecutorService executor;

    private WorkforceGroup general;
    private WorkforceGroup specific;
    private Organisation inArea;
    private Person boss;
    private Person coordinatorPerson;

    @BeforeEach
    void people() {
        try {
            setUp();
        } catch (RuntimeException e) {
            StringBuilder causes = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                causes.append(t).append(" <- ");
            }
            throw new AssertionError(causes.toString());
        }
    }

    void setUp() {
        general = referenceData.frameworks().get(0).getGroups().get(1);
        specific = referenceData.frameworks().get(0).getGroups().get(2);
        data.partnershipAreas("Dundee City", "Angus");
        inArea = data.organisation("Dundee City");
        boss = data.person(inArea, general, null);
        coordinatorPerson = data.person(inArea, null, null);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.COORDINATOR, coordinatorPerson);
    }

    @AfterEach
    void everyoneMayBookAgain() {
        data.partnershipAreas();
    }

    private Person staff(Organisation organisation, WorkforceGroup group) {
        return data.person(organisation, group, boss);
    }

    private Course course(BookingMode mode, WorkforceGroup target, Course... prerequisites) throws Exception {
        Course course = new Course("Booking test " + System.nanoTime(), "About", DeliveryMode.IN_PERSON, 120, "Tayside");
        course.setBookingMode(mode);
        return coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(target.getId()),
                Set.of(prerequisites).stream().map(Course::getId).collect(Collectors.toSet())));
    }

    /** A session starting in {@code days} days, its booking window open now. */
    private CourseSession session(Course course, int capacity, int days) throws Exception {
        Instant start = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, start, start.plus(Duration.ofHours(3)),
                capacity, Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1))), Set.of()));
    }

    private Booking applyAs(Person person, CourseSession session, boolean confirmMismatch) throws Exception {
        data.signIn(Role.LEARNER, person);
        return learner.call(() -> bookings.apply(session.getId(), "Supervision agreed this", confirmMismatch));
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(RejectedException.Problem::messageKey).toList();
    }

    private BookingStatus statusOf(Booking booking) throws Exception {
        return coordinator.call(() -> queries.history(booking.getId())).getStatus();
    }

    @Test
    void aCourseWithACostIsBookableOnlyOnceTheCommitteeAgreedAndTheChiefOfficersApproved() throws Exception {
        Course course = course(BookingMode.FIRST_COME, general);
        CourseSession session = session(course, 5, 10);
        Person person = staff(inArea, general);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        Course charged = coordinator.call(() -> courses.find(course.getId()));
        charged.setCostPence(3000);
        charged.setCostBasis(CostBasis.CHARGED);
        charged.setCostCommittee("CHILD_PROTECTION_COMMITTEE");
        charged.setCostAgreedOn(today.minusDays(10));
        coordinator.call(() -> courses.save(charged, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of()));
        assertEquals(List.of("booking.cost.notApproved"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null)))));
        assertEquals(List.of("booking.cost.notApproved"), keys(assertThrows(RejectedException.class,
                () -> applyAs(person, session, false))), "the learner is told the same");

        // An approval dated before the agreement is refused and changes nothing.
        Course early = coordinator.call(() -> courses.find(course.getId()));
        early.setCostApprovedOn(today.minusDays(11));
        assertEquals(List.of("course.costApprovedOn.beforeAgreement"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.save(early, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of())))));
        assertNull(coordinator.call(() -> courses.find(course.getId())).getCostApprovedOn());

        Course approved = coordinator.call(() -> courses.find(course.getId()));
        approved.setCostApprovedOn(today.minusDays(2));
        coordinator.call(() -> courses.save(approved, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of()));
        assertEquals(BookingStatus.CONFIRMED, coordinator.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null)).getStatus());
    }

    @Test
    void aChangeToACourseAppliesToTheVeryNextBooking() throws Exception {
        // Bookings read the course, its prerequisites and target groups from the shared cache once it holds them.
        Course course = course(BookingMode.FIRST_COME, general);
        CourseSession session = session(course, 5, 10);
        Person first = staff(inArea, general);
        Person second = staff(inArea, general);
        assertEquals(BookingStatus.CONFIRMED, coordinator.call(() -> bookings.bookOnBehalf(session.getId(), first.getId(), null)).getStatus());

        Course prerequisite = course(BookingMode.FIRST_COME, general);
        Course stored = coordinator.call(() -> courses.find(course.getId()));
        coordinator.call(() -> courses.save(stored, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of(prerequisite.getId())));
        assertEquals(List.of("booking.prerequisites"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> bookings.bookOnBehalf(session.getId(), second.getId(), null)))));

        coordinator.call(() -> {
            courses.retire(course.getId());
            return null;
        });
        assertEquals(List.of("booking.course.retired", "booking.prerequisites"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> bookings.bookOnBehalf(session.getId(), second.getId(), null)))));
    }

    @Test
    void theLearningTeamBooksANamedListOfStaffAllOrNothing() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 2, 10);
        Person first = staff(inArea, general);
        Person second = staff(inArea, specific);
        Person third = staff(inArea, general);
        Person outside = staff(data.organisation("Highland"), general);

        RejectedException refused = assertThrows(RejectedException.class, () -> coordinator.call(() -> bookings.bookNamed(
                session.getId(), List.of(first.getWorkEmail(), "nobody@example.org", first.getWorkEmail().toUpperCase(),
                        outside.getWorkEmail()))));
        assertEquals(List.of(new RejectedException.Problem("people[1]", "bulk.unknownPerson"),
                new RejectedException.Problem("people[2]", "bulk.duplicate"),
                new RejectedException.Problem("people[3]", "booking.notEligible")), refused.getProblems());
        assertEquals(0, data.placesTaken(session.getId()), "nobody is booked when a line has a problem");
        assertEquals(List.of("bulk.none"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> bookings.bookNamed(session.getId(), List.of())))));

        List<Booking> booked = coordinator.call(() -> bookings.bookNamed(session.getId(),
                List.of(" " + first.getWorkEmail(), second.getWorkEmail(), third.getWorkEmail())));
        assertEquals(List.of(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.WAITLISTED),
                booked.stream().map(Booking::getStatus).toList(), "places in the list's order, then the waiting list");
        assertEquals(2, data.placesTaken(session.getId()));
        Booking history = coordinator.call(() -> queries.history(booked.get(0).getId()));
        assertEquals("booked.named", history.getEvents().get(0).getReason());
        assertEquals(coordinatorPerson.getId(), history.getEvents().get(0).getActor().getId());

        data.signIn(Role.LEARNER, first);
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> learner.call(() -> bookings.bookNamed(session.getId(), List.of(third.getWorkEmail()))));
    }

    @Test
    void theLearningTeamRecordsEquivalentLearningWhichMeetsAPrerequisite() throws Exception {
        Course basics = course(BookingMode.FIRST_COME, general);
        CourseSession session = session(course(BookingMode.FIRST_COME, general, basics), 5, 20);
        Person person = staff(inArea, general);
        assertEquals(List.of("booking.prerequisites"), keys(assertThrows(RejectedException.class, () -> applyAs(person, session, false))));

        RejectedException refused = assertThrows(RejectedException.class, () -> coordinator.call(
                () -> records.recordEquivalent(person.getId(), null, java.time.LocalDate.now().plusDays(2), " ")));
        assertEquals(List.of(new RejectedException.Problem("course", "equivalent.course.required"),
                new RejectedException.Problem("completedOn", "equivalent.date.future"),
                new RejectedException.Problem("evidence", "equivalent.evidence.required")), refused.getProblems());
        assertEquals(List.of(), coordinator.call(() -> records.of(person.getId())), "nothing was recorded");

        org.learningnetwork.booking.LearningRecord recorded = coordinator.call(() -> records.recordEquivalent(person.getId(),
                basics.getId(), java.time.LocalDate.now().minusMonths(3), "Certificate of a partner agency's course, 2026"));
        assertEquals(LearningRecordKind.EQUIVALENT, recorded.getKind());
        assertEquals(coordinatorPerson.getId(), recorded.getRecordedBy().getId());
        assertEquals(List.of("equivalent.already"), keys(assertThrows(RejectedException.class, () -> coordinator.call(
                () -> records.recordEquivalent(person.getId(), basics.getId(), java.time.LocalDate.now(), "Again")))));
        assertEquals(BookingStatus.REQUESTED, applyAs(person, session, false).getStatus(), "the equivalent learning meets the prerequisite");

        assertThrows(jakarta.ejb.EJBAccessException.class, () -> learner.call(
                () -> records.recordEquivalent(person.getId(), basics.getId(), java.time.LocalDate.now(), "Self-recorded")));
    }

    @Test
    void aManagerSeesAndBooksOnlyTheirOwnStaff() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 5, 1);
        Person mine = staff(inArea, general);
        Person notMine = data.person(inArea, general, data.person(inArea, general, null));
        manager.call(() -> bookings.bookOnBehalf(session.getId(), mine.getId(), null, org.learningnetwork.booking.NeedLevel.IMPORTANT));
        coordinator.call(() -> bookings.bookOnBehalf(session.getId(), notMine.getId(), null));

        assertEquals(List.of(mine.getId()), manager.call(() -> queries.myTeamsBookings()).stream()
                .filter(b -> b.sessionId() == session.getId()).map(b -> b.personId()).toList());
        List<Long> staff = manager.call(() -> queries.myStaff()).stream().map(Person::getId).toList();
        assertTrue(staff.contains(mine.getId()));
        assertFalse(staff.contains(notMine.getId()));
        assertTrue(manager.call(() -> queries.bookableSessions()).stream().anyMatch(s -> s.getId().equals(session.getId())));
        assertEquals(List.of("booking.notYourStaff"), keys(assertThrows(RejectedException.class,
                () -> manager.call(() -> bookings.bookOnBehalf(session.getId(), notMine.getId(), null)))));
        data.signIn(Role.LEARNER, mine);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> learner.call(() -> queries.myTeamsBookings()));
    }

    @Test
    void anApprovedRequestTakesAPlaceThenTheWaitingListFillsInOrder() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 1, 20);
        Person first = staff(inArea, general);

        Booking booking = applyAs(first, session, false);
        assertEquals(BookingStatus.REQUESTED, booking.getStatus());
        assertEquals(List.of(booking.getId()), manager.call(() -> queries.awaitingMyApproval()).stream()
                .filter(b -> b.getSession().getId().equals(session.getId())).map(Booking::getId).toList());

        assertEquals(BookingStatus.CONFIRMED, manager.call(() -> bookings.approve(booking.getId())).getStatus());
        assertEquals(1, data.placesTaken(session.getId()));

        Booking second = manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null));
        Booking third = coordinator.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null));
        assertEquals(BookingStatus.WAITLISTED, second.getStatus());
        assertEquals(BookingStatus.WAITLISTED, third.getStatus());
        assertEquals(1, data.placesTaken(session.getId()));

        List<BookingEvent> history = coordinator.call(() -> queries.history(booking.getId())).getEvents();
        assertEquals(List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED), history.stream().map(BookingEvent::getStatus).toList());
        assertEquals(List.of(ActorRole.LEARNER, ActorRole.MANAGER), history.stream().map(BookingEvent::getActorRole).toList());
        assertEquals(boss.getId(), history.get(1).getActor().getId());
        assertEquals(ActorRole.COORDINATOR, coordinator.call(() -> queries.history(third.getId())).getEvents().get(1).getActorRole());

        // The place freed by a cancellation is offered to the first on the waiting list, who accepts it.
        data.signIn(Role.LEARNER, first);
        learner.call(() -> bookings.cancel(booking.getId(), null));
        assertEquals(BookingStatus.OFFERED, statusOf(second));
        assertEquals(BookingStatus.WAITLISTED, statusOf(third));
        assertEquals(1, data.placesTaken(session.getId()));
        data.signIn(Role.LEARNER, second.getPerson());
        assertEquals(BookingStatus.CONFIRMED, learner.call(() -> bookings.acceptOffer(second.getId())).getStatus());

        // A refused offer moves on; with nobody left waiting, the place becomes free.
        coordinator.call(() -> bookings.cancel(second.getId(), "Moved to another team"));
        assertEquals(BookingStatus.OFFERED, statusOf(third));
        data.signIn(Role.LEARNER, third.getPerson());
        learner.call(() -> bookings.refuseOffer(third.getId()));
        assertEquals(BookingStatus.CANCELLED, statusOf(third));
        assertEquals(0, data.placesTaken(session.getId()));
    }

    @Test
    void aRequestFromSomeoneWithoutALineManagerGoesToTheLearningTeamWhoDecideIt() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 5, 20);
        Person alone = data.person(inArea, general, null);
        Booking request = applyAs(alone, session, false);
        assertEquals(BookingStatus.REQUESTED, request.getStatus());
        assertTrue(data.outbox(request.getId()).stream().anyMatch(m -> m.getKind() == MailKind.REQUEST_RECEIVED
                && m.getBody().contains("the learning team has been asked")), "the learner is told who decides");
        assertEquals(1, data.outboxTo(coordinatorPerson.getWorkEmail()).stream().filter(m -> m.getKind() == MailKind.APPROVAL_NEEDED_LEARNING_TEAM
                && request.getId().equals(m.getBookingId())).count(), "the learning team is asked");
        // A line manager who has left the workforce cannot decide either.
        Person leaver = data.person(inArea, general, null);
        Person leaversStaff = data.person(inArea, general, leaver);
        data.execute("update person set active = false where id = ?", leaver.getId());
        Booking orphaned = applyAs(leaversStaff, session, false);
        List<Long> queue = coordinator.call(() -> queries.awaitingLearningTeam()).stream().map(Booking::getId).toList();
        assertTrue(queue.containsAll(List.of(request.getId(), orphaned.getId())), queue.toString());
        assertFalse(manager.call(() -> queries.awaitingMyApproval()).stream().anyMatch(b -> b.getId().equals(request.getId())));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> queries.awaitingLearningTeam()));

        assertEquals(BookingStatus.CONFIRMED, coordinator.call(() -> bookings.approve(request.getId())).getStatus());
        assertEquals(BookingStatus.DECLINED, coordinator.call(() -> bookings.decline(orphaned.getId(), "Not for this role")).getStatus());
        queue = coordinator.call(() -> queries.awaitingLearningTeam()).stream().map(Booking::getId).toList();
        assertFalse(queue.contains(request.getId()) || queue.contains(orphaned.getId()), "decided: off the queue");
    }

    @Test
    void aCourseThatNeedsNoApprovalTakesAPlaceAtOnceOrTheWaitingListOrTheAllocation() throws Exception {
        Course briefing = new Course("Open briefing " + System.nanoTime(), "About", DeliveryMode.ONLINE_LIVE, 60, "Tayside");
        briefing.setApprovalRequired(false);
        Course saved = coordinator.call(() -> courses.save(briefing, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of()));
        CourseSession session = session(saved, 1, 20);

        Booking first = applyAs(staff(inArea, general), session, false);
        assertEquals(BookingStatus.CONFIRMED, first.getStatus());
        List<BookingEvent> history = coordinator.call(() -> queries.history(first.getId())).getEvents();
        assertEquals(List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED), history.stream().map(BookingEvent::getStatus).toList());
        assertEquals(BookingEvent.REASON_NO_APPROVAL, history.get(1).getReason());
        assertEquals(List.of(MailKind.CONFIRMED), data.outbox(first.getId()).stream().map(m -> m.getKind()).toList(),
                "nobody is asked to approve; the learner has their place");
        assertEquals(BookingStatus.WAITLISTED, applyAs(staff(inArea, general), session, false).getStatus());
        assertEquals(1, data.placesTaken(session.getId()));

        Course noteOfInterest = new Course("Open allocation " + System.nanoTime(), "About", DeliveryMode.ONLINE_LIVE, 60, "Tayside");
        noteOfInterest.setApprovalRequired(false);
        noteOfInterest.setBookingMode(BookingMode.NOTE_OF_INTEREST);
        Course savedNote = coordinator.call(() -> courses.save(noteOfInterest, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of()));
        Booking note = applyAs(staff(inArea, general), session(savedNote, 5, 20), false);
        assertEquals(BookingStatus.APPROVED, note.getStatus());
        assertTrue(data.outbox(note.getId()).stream().anyMatch(m -> m.getKind() == MailKind.APPROVED && m.getBody().contains("needs no approval")));
    }

    @Test
    void whatAPersonNeedsToTakePartIsKeptForTheLearningTeamAndRefusedWhenTooLong() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 5, 20);
        Person person = staff(inArea, general);
        data.signIn(Role.LEARNER, person);
        RejectedException tooLong = assertThrows(RejectedException.class,
                () -> learner.call(() -> bookings.apply(session.getId(), null, "x".repeat(501), false)));
        assertEquals(List.of("booking.adjustments.size"), keys(tooLong));
        assertEquals("adjustments", tooLong.getProblems().get(0).field());
        assertEquals(List.of(), coordinator.call(() -> queries.roster(session.getId())), "nothing written");

        learner.call(() -> bookings.apply(session.getId(), null, "  A hearing loop, please  ", false));
        assertEquals(List.of("A hearing loop, please"), coordinator.call(() -> queries.roster(session.getId())).stream()
                .map(Booking::getAdjustments).toList());
    }

    @Test
    void eachCheckOnAnApplicationGivesItsReasonAndSavesNothing() throws Exception {
        Course basics = course(BookingMode.FIRST_COME, general);
        CourseSession session = session(course(BookingMode.FIRST_COME, specific, basics), 5, 20);

        Person outside = staff(data.organisation("Highland"), specific);
        RejectedException refused = assertThrows(RejectedException.class, () -> applyAs(outside, session, true));
        assertEquals(List.of("booking.notEligible", "booking.prerequisites"), keys(refused));

        Person inside = staff(data.organisation("Angus", "Highland"), general);
        assertEquals(List.of("booking.prerequisites"), keys(assertThrows(RejectedException.class, () -> applyAs(inside, session, true))));
        data.learningRecord(inside, basics, LearningRecordKind.PARTIAL);
        assertEquals(List.of("booking.prerequisites"), keys(assertThrows(RejectedException.class, () -> applyAs(inside, session, true))));
        data.learningRecord(inside, basics, LearningRecordKind.EQUIVALENT);

        // Aimed at another workforce group: a warning the learner must confirm.
        RejectedException warned = assertThrows(RejectedException.class, () -> applyAs(inside, session, false));
        assertEquals(List.of("booking.groupMismatch"), keys(warned));
        assertEquals("confirmGroupMismatch", warned.getProblems().get(0).field());
        assertEquals(List.of(), coordinator.call(() -> queries.roster(session.getId())));

        Booking booking = applyAs(inside, session, true);
        assertTrue(booking.isGroupMismatch());
        assertEquals(List.of("booking.already"), keys(assertThrows(RejectedException.class, () -> applyAs(inside, session, true))));
        assertEquals(1, coordinator.call(() -> queries.roster(session.getId())).size());

        CourseSession closed = coordinator.call(() -> {
            CourseSession s = courses.findSession(session(basics, 5, 20).getId());
            s.setStatus(org.learningnetwork.catalogue.SessionStatus.CLOSED);
            return courses.saveSession(s, Set.of());
        });
        assertEquals(List.of("booking.session.notOpen"), keys(assertThrows(RejectedException.class, () -> applyAs(inside, closed, true))));
    }

    @Test
    void onlyTheLineManagerOrACoordinatorDecidesAndOnlyTheLearnerOrACoordinatorCancels() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 5, 20);
        Person learnerPerson = staff(inArea, general);
        Booking booking = applyAs(learnerPerson, session, false);

        data.signIn(Role.MANAGER, data.person(inArea, general, null));
        assertEquals(List.of("booking.notYourStaff"), keys(assertThrows(RejectedException.class,
                () -> manager.call(() -> bookings.approve(booking.getId())))));
        data.signIn(Role.MANAGER, boss);
        assertEquals(List.of("booking.reason.required"), keys(assertThrows(RejectedException.class,
                () -> manager.call(() -> bookings.decline(booking.getId(), "  ")))));
        assertEquals(BookingStatus.REQUESTED, statusOf(booking));

        data.signIn(Role.LEARNER, staff(inArea, general));
        // Someone else's booking is answered as one that does not exist.
        assertThrows(NotFoundException.class, () -> learner.call(() -> bookings.cancel(booking.getId(), null)));
        assertEquals(BookingStatus.REQUESTED, statusOf(booking));

        Booking declined = manager.call(() -> bookings.decline(booking.getId(), "Not a priority this quarter"));
        assertEquals(BookingStatus.DECLINED, declined.getStatus());
        assertEquals("Not a priority this quarter", declined.getEvents().get(1).getReason());

        // After a decline the learner may apply again: the same booking, its history kept.
        Booking again = applyAs(learnerPerson, session, false);
        assertEquals(booking.getId(), again.getId());
        assertEquals(3, coordinator.call(() -> queries.history(booking.getId())).getEvents().size());
    }

    @Test
    void notesOfInterestWaitForAllocationAndACancelledSessionCancelsEveryBooking() throws Exception {
        CourseSession session = session(course(BookingMode.NOTE_OF_INTEREST, general), 2, 20);
        Booking noted = manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), "New to the team"));
        assertEquals(BookingStatus.APPROVED, noted.getStatus());
        assertEquals(0, data.placesTaken(session.getId()));

        CourseSession firstCome = session(course(BookingMode.FIRST_COME, general), 1, 20);
        Booking placed = manager.call(() -> bookings.bookOnBehalf(firstCome.getId(), staff(inArea, general).getId(), null));
        Booking waiting = manager.call(() -> bookings.bookOnBehalf(firstCome.getId(), staff(inArea, general).getId(), null));
        coordinator.call(() -> { courses.cancelSession(firstCome.getId(), "Trainer unwell"); return null; });
        assertEquals(BookingStatus.CANCELLED, statusOf(placed));
        assertEquals(BookingStatus.CANCELLED, statusOf(waiting));
        assertEquals(0, data.placesTaken(firstCome.getId()));
    }

    @Test
    void aLearnerCancellingWithinTheCutOffIsLate() throws Exception {
        CourseSession soon = session(course(BookingMode.FIRST_COME, general), 3, 1);
        Person person = staff(inArea, general);
        Booking booking = manager.call(() -> bookings.bookOnBehalf(soon.getId(), person.getId(), null));
        data.signIn(Role.LEARNER, person);
        assertTrue(learner.call(() -> bookings.cancel(booking.getId(), "Off sick")).isLateCancellation());

        CourseSession later = session(course(BookingMode.FIRST_COME, general), 3, 30);
        Booking early = manager.call(() -> bookings.bookOnBehalf(later.getId(), person.getId(), null));
        assertFalse(learner.call(() -> bookings.cancel(early.getId(), null)).isLateCancellation());
    }

    @Test
    void twoHundredApplicantsAtOnceForTwentyPlacesNeverOverbook() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 20, 20);
        List<Person> applicants = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            applicants.add(staff(inArea, general));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Booking>> results = new ArrayList<>();
        for (Person person : applicants) {
            results.add(executor.submit(() -> {
                start.await();
                return manager.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null));
            }));
        }
        start.countDown();
        List<Booking> booked = new ArrayList<>();
        for (Future<Booking> result : results) {
            booked.add(result.get());
        }
        assertEquals(20, booked.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED).count());
        assertEquals(180, booked.stream().filter(b -> b.getStatus() == BookingStatus.WAITLISTED).count());
        assertEquals(20, data.placesTaken(session.getId()));

        // The waiting list is in the order the applications were placed: queue times never go backwards, and
        // every confirmed booking was placed before every wait-listed one.
        List<Booking> roster = coordinator.call(() -> queries.roster(session.getId()));
        List<Booking> queue = roster.stream().filter(b -> b.getStatus() == BookingStatus.WAITLISTED).toList();
        assertEquals(180, queue.size());
        Instant lastConfirmed = booked.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                .map(b -> b.getEvents().get(b.getEvents().size() - 1).getOccurredAt()).max(Instant::compareTo).orElseThrow();
        for (Booking waiting : queue) {
            assertNotNull(waiting.getQueuedAt());
            assertFalse(waiting.getQueuedAt().isBefore(lastConfirmed));
        }
    }

    @Test
    void aDoubleSubmitBooksOnce() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 20, 20);
        Person person = staff(inArea, general);
        data.signIn(Role.LEARNER, person);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    return learner.call(() -> bookings.apply(session.getId(), null, false)).getStatus().name();
                } catch (RejectedException e) {
                    return keys(e).toString();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertEquals(1, outcomes.stream().filter("REQUESTED"::equals).count(), outcomes.toString());
        assertEquals(19, outcomes.stream().filter("[booking.already]"::equals).count(), outcomes.toString());
        assertEquals(1, coordinator.call(() -> queries.roster(session.getId())).size());
    }

    @Test
    void moreCapacityIsOfferedToTheWaitingListAndCapacityCannotFallBelowThePlacesTaken() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 2, 20);
        List<Booking> booked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            booked.add(manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null)));
        }
        RejectedException smaller = assertThrows(RejectedException.class, () -> coordinator.call(() -> {
            CourseSession edited = courses.findSession(session.getId());
            edited.setCapacity(1);
            return courses.saveSession(edited, Set.of());
        }));
        assertEquals(List.of("session.capacity.belowTaken"), keys(smaller));
        assertEquals("capacity", smaller.getProblems().get(0).field());
        assertEquals(2, coordinator.call(() -> courses.findSession(session.getId())).getCapacity());

        coordinator.call(() -> {
            CourseSession edited = courses.findSession(session.getId());
            edited.setCapacity(3);
            return courses.saveSession(edited, Set.of());
        });
        assertEquals(BookingStatus.OFFERED, statusOf(booked.get(2)));
        assertEquals(BookingStatus.WAITLISTED, statusOf(booked.get(3)));
        assertEquals(3, data.placesTaken(session.getId()));
    }

    @Test
    void anExpiredOfferCannotBeAcceptedAndMovesOnToTheNextPersonWaiting() throws Exception {
        CourseSession session = session(course(BookingMode.FIRST_COME, general), 1, 20);
        Booking placed = manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null));
        Booking second = manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null));
        Booking third = manager.call(() -> bookings.bookOnBehalf(session.getId(), staff(inArea, general).getId(), null));
        coordinator.call(() -> bookings.cancel(placed.getId(), "Left the service"));
        assertEquals(BookingStatus.OFFERED, statusOf(second));

        data.expireOffer(second.getId());
        data.signIn(Role.LEARNER, second.getPerson());
        assertEquals(List.of("booking.offer.notOpen"), keys(assertThrows(RejectedException.class,
                () -> learner.call(() -> bookings.acceptOffer(second.getId())))));
        assertEquals(BookingStatus.OFFERED, statusOf(second));

        // The timer does this every five minutes; it may have done it already, so the count is not checked.
        learner.call(() -> sessionBookings.expireOffers());
        Booking expired = coordinator.call(() -> queries.history(second.getId()));
        assertEquals(BookingStatus.CANCELLED, expired.getStatus());
        assertEquals(BookingEvent.REASON_OFFER_EXPIRED, expired.getEvents().get(expired.getEvents().size() - 1).getReason());
        assertEquals(BookingStatus.OFFERED, statusOf(third));
        assertEquals(1, data.placesTaken(session.getId()));
    }
}
