package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Allocation;
import org.learningnetwork.booking.AllocationLine;
import org.learningnetwork.booking.AllocationOutcome;
import org.learningnetwork.booking.AllocationService;
import org.learningnetwork.booking.AllocationStatus;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingEvent;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.booking.NeedLevel;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.notification.OutboxMail;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/** Allocation of a note-of-interest session's places: quotas, priority, the recorded seed, adjustment, confirmation. */
@ExtendWith(ArquillianExtension.class)
class AllocationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private AllocationService allocations;

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private CourseService courses;

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

    private WorkforceGroup general;
    private Organisation agencyA;
    private Organisation agencyB;
    private Person boss;
    private Person coordinatorPerson;

    @BeforeEach
    void people() {
        general = referenceData.frameworks().get(0).getGroups().get(1);
        data.partnershipAreas("Dundee City");
        agencyA = data.organisation("Dundee City");
        agencyB = data.organisation("Dundee City");
        boss = data.person(agencyA, general, null);
        data.signIn(Role.MANAGER, boss);
        coordinatorPerson = data.person(agencyA, null, null);
        data.signIn(Role.COORDINATOR, coordinatorPerson);
    }

    @AfterEach
    void everyoneMayBookAgain() {
        data.partnershipAreas();
    }

    private CourseSession noteOfInterestSession(int capacity) throws Exception {
        return session(BookingMode.NOTE_OF_INTEREST, capacity);
    }

    private CourseSession session(BookingMode mode, int capacity) throws Exception {
        Course course = new Course("Allocation test " + System.nanoTime(), "About", DeliveryMode.IN_PERSON, 120, "Tayside");
        course.setBookingMode(mode);
        Course saved = coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(general.getId()), Set.of()));
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return coordinator.call(() -> courses.saveSession(new CourseSession(saved, start, start.plus(Duration.ofHours(3)),
                capacity, Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofDays(7))), Set.of()));
    }

    /** The manager books one of their staff in the agency on behalf, stating the need. */
    private Booking note(CourseSession session, Organisation agency, NeedLevel need) throws Exception {
        Person person = data.person(agency, general, boss);
        return manager.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null, need));
    }

    private BookingStatus statusOf(Booking booking) throws Exception {
        return coordinator.call(() -> queries.history(booking.getId())).getStatus();
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(RejectedException.Problem::messageKey).toList();
    }

    private static Map<Long, AllocationLine> byBooking(Allocation allocation) {
        return allocation.getLines().stream().collect(Collectors.toMap(l -> l.getBooking().getId(), Function.identity()));
    }

    /**
     * Seven approved notes of interest for four places, five from agency A (all essential) and two from agency B (one
     * stating no need, one a development need), and one note still awaiting its manager.
     */
    private record Applicants(CourseSession session, List<Booking> fromA, Booking fromB1, Booking fromB2, Booking awaitingManager) {
    }

    /** The applicants, their session's booking window closed so that its places can be allocated. */
    private Applicants closedApplicants() throws Exception {
        Applicants applicants = applicants();
        data.closeBookingWindow(applicants.session().getId());
        return applicants;
    }

    /** A run with agency A and B each allowed half the places and the seed 42, as the coordinator. */
    private Allocation draft(CourseSession session) throws Exception {
        return coordinator.call(() -> allocations.run(session.getId(), 50, 100, 42L));
    }

    private Applicants applicants() throws Exception {
        CourseSession session = noteOfInterestSession(4);
        List<Booking> fromA = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fromA.add(note(session, agencyA, NeedLevel.ESSENTIAL));
        }
        Booking fromB1 = note(session, agencyB, null);
        Booking fromB2 = note(session, agencyB, NeedLevel.DEVELOPMENT);
        assertEquals(BookingStatus.APPROVED, fromB1.getStatus());
        Person late = data.person(agencyA, general, boss);
        data.signIn(Role.LEARNER, late);
        Booking awaitingManager = learner.call(() -> bookings.apply(session.getId(), "Joined the duty team", false));
        return new Applicants(session, fromA, fromB1, fromB2, awaitingManager);
    }

    @Test
    void aRunWaitsForTheWindowToCloseAndRefusesSharesOutOfRangeWritingNothing() throws Exception {
        CourseSession session = applicants().session();
        assertEquals(List.of("allocation.windowOpen"), keys(assertThrows(RejectedException.class, () -> draft(session))));
        data.closeBookingWindow(session.getId());
        RejectedException badShares = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.run(session.getId(), 0, 101, 42L)));
        assertEquals(List.of(new RejectedException.Problem("agencyShare", "allocation.share.range"),
                new RejectedException.Problem("groupShare", "allocation.share.range")), badShares.getProblems());
        Allocation none = coordinator.call(() -> allocations.current(session.getId()));
        assertTrue(none == null || none.isAutomatic(), "nothing was written (the timer may have run the allocation at the close)");
        assertThrows(EJBAccessException.class, () -> learner.call(() -> allocations.run(session.getId(), null, null, null)));
    }

    @Test
    void quotasBalanceAgenciesInADraftThatChangesNoBooking() throws Exception {
        Applicants applicants = closedApplicants();
        CourseSession session = applicants.session();
        Allocation first = draft(session);
        assertEquals(AllocationStatus.DRAFT, first.getStatus());
        assertEquals(42L, first.getSeed());
        assertEquals(2, first.getAgencyCap());
        Map<Long, AllocationLine> lines = byBooking(first);
        assertEquals(2, applicants.fromA().stream().filter(b -> lines.get(b.getId()).getOutcome() == AllocationOutcome.PLACED).count(),
                "agency A has half the places although its staff come first by need");
        assertEquals(3, applicants.fromA().stream().filter(b -> lines.get(b.getId()).getOutcome() == AllocationOutcome.AGENCY_QUOTA_FULL)
                .count());
        assertEquals(AllocationOutcome.PLACED, lines.get(applicants.fromB1().getId()).getOutcome());
        assertEquals(AllocationOutcome.PLACED, lines.get(applicants.fromB2().getId()).getOutcome());
        assertEquals(List.of(6, 7), List.of(lines.get(applicants.fromB2().getId()).getRank(), lines.get(applicants.fromB1().getId()).getRank()),
                "a stated need, even development, comes before none");
        assertEquals(NeedLevel.ESSENTIAL, lines.get(applicants.fromA().get(0).getId()).getNeedLevel());
        assertFalse(lines.containsKey(applicants.awaitingManager().getId()), "only approved notes are allocated");
        assertEquals(0, data.placesTaken(session.getId()), "a draft changes nobody's booking");
    }

    @Test
    void theSameSeedReproducesTheRunAndSupersedesTheEarlierOne() throws Exception {
        CourseSession session = closedApplicants().session();
        Allocation first = draft(session);
        Allocation again = draft(session);
        assertNotEquals(first.getId(), again.getId());
        assertEquals(first.getLines().stream().map(l -> l.getBooking().getId()).toList(),
                again.getLines().stream().map(l -> l.getBooking().getId()).toList(), "the same seed gives the same order");
        assertEquals(again.getId(), coordinator.call(() -> allocations.current(session.getId())).getId(), "the earlier run is superseded");
        assertEquals(List.of("allocation.notDraft"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.confirm(first.getId())))));
    }

    @Test
    void adjustmentsGiveReasonsAndConfirmationPlacesTellsAndQueuesInTheAllocationsOrder() throws Exception {
        Applicants applicants = closedApplicants();
        CourseSession session = applicants.session();
        Allocation draft = draft(session);

        // The learning team gives a place to the first of agency A passed over, and takes one from agency B's second.
        AllocationLine passedOver = draft.getLines().stream().filter(l -> l.getOutcome() == AllocationOutcome.AGENCY_QUOTA_FULL)
                .findFirst().orElseThrow();
        AllocationLine lastPlaced = byBooking(draft).get(applicants.fromB1().getId());
        assertEquals(List.of(new RejectedException.Problem("reason", "allocation.reason.required")), assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.adjust(passedOver.getId(), true, " "))).getProblems());
        coordinator.call(() -> allocations.adjust(passedOver.getId(), true, "Named in the case review action plan"));
        assertEquals(List.of("allocation.tooMany"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.confirm(draft.getId())))));
        Allocation adjusted = coordinator.call(() -> allocations.adjust(lastPlaced.getId(), false, "Attended a similar course in March"));
        AllocationLine changed = byBooking(adjusted).get(passedOver.getBooking().getId());
        assertTrue(changed.isAdjusted());
        assertEquals("Named in the case review action plan", changed.getAdjustmentReason());
        assertEquals(4, adjusted.getPlacedCount());

        Allocation confirmed = coordinator.call(() -> allocations.confirm(draft.getId()));
        assertEquals(AllocationStatus.CONFIRMED, confirmed.getStatus());
        assertEquals(4, data.placesTaken(session.getId()));
        assertEquals(BookingStatus.CONFIRMED, statusOf(passedOver.getBooking()));
        assertEquals(BookingStatus.WAITLISTED, statusOf(applicants.fromB1()));
        String told = data.outbox(applicants.fromB1().getId()).get(data.outbox(applicants.fromB1().getId()).size() - 1).getBody();
        assertTrue(told.contains("the allocation of its places did not give you one"), told);
        assertFalse(told.contains("{full}"), told);
        List<BookingEvent> events = coordinator.call(() -> queries.history(passedOver.getBooking().getId())).getEvents();
        assertEquals(List.of(BookingStatus.REQUESTED, BookingStatus.APPROVED, BookingStatus.CONFIRMED),
                events.stream().map(BookingEvent::getStatus).toList());
        assertEquals(AllocationService.REASON_PLACED, events.get(2).getReason());

        // The waiting list is in the allocation's order: the first unplaced by priority gets the first freed place.
        List<Booking> waiting = coordinator.call(() -> queries.roster(session.getId())).stream()
                .filter(b -> b.getStatus() == BookingStatus.WAITLISTED).toList();
        List<Long> expectedOrder = confirmed.getLines().stream().filter(l -> !l.isPlaced()).map(l -> l.getBooking().getId()).toList();
        assertEquals(expectedOrder, waiting.stream().map(Booking::getId).toList());
        coordinator.call(() -> bookings.cancel(passedOver.getBooking().getId(), "Left the service"));
        assertEquals(BookingStatus.OFFERED, coordinator.call(() -> queries.history(expectedOrder.get(0))).getStatus());
    }

    @Test
    void afterConfirmationNoRunAndAnApprovalPlacesLikeFirstCome() throws Exception {
        Applicants applicants = closedApplicants();
        CourseSession session = applicants.session();
        long draftId = draft(session).getId();
        Allocation confirmed = coordinator.call(() -> allocations.confirm(draftId));
        assertEquals(List.of("allocation.alreadyConfirmed"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.run(session.getId(), null, null, null)))));
        assertEquals(List.of("allocation.notDraft"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.confirm(confirmed.getId())))));
        // The session is full after the allocation, so an approval now queues on the waiting list.
        assertEquals(BookingStatus.WAITLISTED,
                manager.call(() -> bookings.approve(applicants.awaitingManager().getId(), NeedLevel.IMPORTANT)).getStatus());
    }

    @Test
    void aChangeOfApplicantsMakesTheDraftStaleAndTheCloseRunsTheAllocationOnce() throws Exception {
        CourseSession session = noteOfInterestSession(1);
        Booking one = note(session, agencyA, null);
        note(session, agencyB, null);
        data.closeBookingWindow(session.getId());

        // At the close the application runs the allocation, once however often the timer fires.
        coordinator.call(() -> allocations.allocateClosedSessions());
        Allocation automatic = coordinator.call(() -> allocations.current(session.getId()));
        assertTrue(automatic.isAutomatic());
        assertEquals(null, automatic.getRunBy());
        assertEquals(2, automatic.getLines().size());
        assertFalse(coordinator.call(() -> allocations.allocateAtClose(session.getId())));
        assertEquals(automatic.getId(), coordinator.call(() -> allocations.current(session.getId())).getId());
        // The learning team is asked to check it: one e-mail each, with the figures and the way to the allocation.
        List<OutboxMail> ready = data.allocationReadyMails(session.getId());
        assertFalse(ready.isEmpty());
        assertEquals(ready.size(), ready.stream().map(OutboxMail::getRecipient).distinct().count());
        assertTrue(ready.stream().anyMatch(m -> m.getRecipient().equals(coordinatorPerson.getWorkEmail())), "the coordinator is told");
        assertTrue(ready.get(0).getBody().contains("1 of 2 applicants are placed"), ready.get(0).getBody());
        assertTrue(ready.get(0).getBody().contains("trauma-aware statement"));
        assertEquals(null, ready.get(0).getBookingId());

        coordinator.call(() -> bookings.cancel(one.getId(), "No longer in the role"));
        assertEquals(List.of("allocation.stale"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.confirm(automatic.getId())))));
        assertEquals(0, data.placesTaken(session.getId()), "nothing half-written");
        Allocation rerun = coordinator.call(() -> allocations.run(session.getId(), null, null, null));
        assertEquals(1, rerun.getLines().size());
        assertFalse(rerun.isAutomatic());
        assertEquals(ready.size(), data.allocationReadyMails(session.getId()).size(), "a run by the learning team e-mails nobody");
        coordinator.call(() -> allocations.confirm(rerun.getId()));
        assertEquals(1, data.placesTaken(session.getId()));

        CourseSession firstCome = session(BookingMode.FIRST_COME, 3);
        note(firstCome, agencyA, null);
        data.closeBookingWindow(firstCome.getId());
        assertEquals(List.of("allocation.notNoteOfInterest"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.run(firstCome.getId(), null, null, null)))));

        CourseSession empty = noteOfInterestSession(3);
        data.closeBookingWindow(empty.getId());
        assertEquals(List.of("allocation.noApplicants"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> allocations.run(empty.getId(), null, null, null)))));
    }
}
