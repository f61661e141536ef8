package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionLocks;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Callers;

/**
 * Allocating the places of a note-of-interest session once its booking window has closed: a run (by the learning
 * team, or by the application at the close) applies the {@link Allocator} rules to the approved notes of interest
 * and keeps, per applicant, the facts weighed and the outcome; the learning team may adjust it (saying why) and
 * then confirms it: the placed get their places, the rest join the waiting list in priority order. Until it is
 * confirmed nobody's booking changes, and it can be run again (the earlier run is kept, superseded).
 *
 * <p>Runs, adjustments and confirmation hold the session's row lock, like every booking change, so two runs at
 * the same moment (two server instances at the close) happen one after the other, and the second finds the first.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AllocationService {

    /** Reasons recorded in the bookings' histories on confirmation (shown from the message bundle). */
    public static final String REASON_PLACED = "allocation.placed";
    public static final String REASON_WAITLISTED = "allocation.waitlisted";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private BookingMoves moves;

    @Inject
    private SessionLocks locks;

    @Inject
    private BookingMails mails;

    private final SecureRandom seeds = new SecureRandom();

    /**
     * Runs the allocation of the session's places now. {@code agencyShare} and {@code groupShare} (per cent, 1 to
     * 100) default to the configured shares; {@code seed} to a new random one (give a recorded seed to reproduce
     * an earlier run). Refused when the session does not allocate places (first come, over, window still open,
     * already allocated) or nobody's note of interest is approved.
     */
    public Allocation run(long sessionId, Integer agencyShare, Integer groupShare, Long seed) throws RejectedException, NotFoundException {
        List<Problem> problems = new ArrayList<>();
        int agency = share("agencyShare", agencyShare, BookingSettings.allocationAgencyShare(), problems);
        int group = share("groupShare", groupShare, BookingSettings.allocationGroupShare(), problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        CourseSession session = lockedSession(sessionId);
        Instant now = clock.instant();
        String refusal = refusal(session, now);
        if (refusal != null) {
            throw new RejectedException(null, refusal);
        }
        Allocation allocation = allocate(session, agency, group, seed == null ? seeds.nextLong() : seed, now, me(), false);
        if (allocation == null) {
            throw new RejectedException(null, "allocation.noApplicants");
        }
        return allocation;
    }

    /** The session's allocation, lines in priority order: the confirmed one, else the latest draft; {@code null} if none. */
    public Allocation current(long sessionId) throws NotFoundException {
        if (em.find(CourseSession.class, sessionId) == null) {
            throw new NotFoundException("Session", sessionId);
        }
        Allocation allocation = em.createNamedQuery(Allocation.LATEST, Allocation.class)
                .setParameter("session", sessionId).setParameter("superseded", AllocationStatus.SUPERSEDED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (allocation != null) {
            em.createNamedQuery(AllocationLine.OF_ALLOCATION, AllocationLine.class)
                    .setParameter("allocation", allocation).getResultList();
            allocation.getLines().size();
        }
        return allocation;
    }

    /** The learning team places, or takes the place from, one applicant of a draft allocation, saying why. */
    public Allocation adjust(long lineId, boolean place, String reason) throws RejectedException, NotFoundException {
        String clean = Text.clean(reason);
        if (clean == null) {
            throw new RejectedException("reason", "allocation.reason.required");
        }
        if (clean.length() > 1000) {
            throw new RejectedException("reason", "booking.reason.size");
        }
        AllocationLine line = em.find(AllocationLine.class, lineId);
        if (line == null) {
            throw new NotFoundException("Allocation line", lineId);
        }
        lockedSession(line.getAllocation().getSession().getId());
        em.refresh(line.getAllocation());
        if (line.getAllocation().getStatus() != AllocationStatus.DRAFT) {
            throw new RejectedException(null, "allocation.notDraft");
        }
        if (line.isPlaced() != place) {
            line.adjust(place, clock.instant(), me(), clean);
        }
        line.getAllocation().getLines().size();
        return line.getAllocation();
    }

    /**
     * Confirms a draft allocation: in priority order, the placed are confirmed on the session and the rest join its
     * waiting list, each told by e-mail. Refused when the applicants have changed since it ran (run it again) or
     * it places more people than there are places.
     */
    @ChangesPublicContent
    public Allocation confirm(long allocationId) throws RejectedException, NotFoundException {
        Allocation allocation = em.find(Allocation.class, allocationId);
        if (allocation == null) {
            throw new NotFoundException("Allocation", allocationId);
        }
        CourseSession session = lockedSession(allocation.getSession().getId());
        em.refresh(allocation);
        if (allocation.getStatus() != AllocationStatus.DRAFT) {
            throw new RejectedException(null, "allocation.notDraft");
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.getStartsAt()) || !session.isChangeable()) {
            throw new RejectedException(null, "allocation.session.over");
        }
        Set<Long> considered = allocation.getLines().stream().map(l -> l.getBooking().getId()).collect(Collectors.toSet());
        Set<Long> approved = approved(session).stream().map(Booking::getId).collect(Collectors.toSet());
        if (!considered.equals(approved)) {
            throw new RejectedException(null, "allocation.stale");
        }
        if (allocation.getPlacedCount() > session.getPlacesLeft()) {
            throw new RejectedException(null, "allocation.tooMany");
        }
        Person me = me();
        for (AllocationLine line : allocation.getLines()) {
            Booking booking = line.getBooking();
            if (line.isPlaced() && moves.takePlace(session)) {
                moves.move(booking, BookingStatus.CONFIRMED, now, me, ActorRole.COORDINATOR, REASON_PLACED);
            } else {
                // The waiting list is served in the order people joined it: the allocation's order, a millisecond apart.
                booking.queueAt(now.plusMillis(line.getRank()));
                moves.move(booking, BookingStatus.WAITLISTED, now, me, ActorRole.COORDINATOR, REASON_WAITLISTED);
            }
        }
        allocation.confirm(now, me);
        return allocation;
    }

    /**
     * Runs the allocation of every note-of-interest session whose booking window has closed, that has approved
     * notes and no allocation yet, each in its own transaction; returns how many were run. Called by
     * {@link AllocationTimer}; open to any caller, as it only does what is due anyway.
     */
    @PermitAll
    public int allocateClosedSessions() {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(Allocation.DUE_SESSIONS, Long.class)
                .setParameter("noi", BookingMode.NOTE_OF_INTEREST).setParameter("now", now)
                .setParameter("live", List.of(SessionStatus.PLANNED, SessionStatus.OPEN))
                .setParameter("approved", BookingStatus.APPROVED).setParameter("superseded", AllocationStatus.SUPERSEDED)
                .getResultList();
        AllocationService self = context.getBusinessObject(AllocationService.class);
        int count = 0;
        for (Long id : due) {
            count += self.allocateAtClose(id) ? 1 : 0;
        }
        return count;
    }

    /** Runs one session's allocation at its close with the configured shares, unless it is no longer due. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean allocateAtClose(long sessionId) {
        CourseSession session = locks.lockedIfAny(sessionId).orElse(null);
        Instant now = clock.instant();
        if (session == null || refusal(session, now) != null || hasAllocation(session)) {
            return false;
        }
        Allocation allocation = allocate(session, BookingSettings.allocationAgencyShare(), BookingSettings.allocationGroupShare(),
                seeds.nextLong(), now, null, true);
        if (allocation == null) {
            return false;
        }
        mails.allocationReady(allocation);
        return true;
    }

    /** Why the session's places cannot be allocated now; {@code null} when they can. */
    private String refusal(CourseSession session, Instant now) {
        if (session.getCourse().getBookingMode() != BookingMode.NOTE_OF_INTEREST) {
            return "allocation.notNoteOfInterest";
        }
        if (!session.isChangeable() || !now.isBefore(session.getStartsAt())) {
            return "allocation.session.over";
        }
        if (now.isBefore(session.getBookingClosesAt())) {
            return "allocation.windowOpen";
        }
        if (Allocation.confirmedFor(em, session)) {
            return "allocation.alreadyConfirmed";
        }
        return null;
    }

    private boolean hasAllocation(CourseSession session) {
        return em.createNamedQuery(Allocation.COUNT_LIVE, Long.class)
                .setParameter("session", session).setParameter("superseded", AllocationStatus.SUPERSEDED).getSingleResult() > 0;
    }

    /** A new draft allocation of the session's free places among its approved notes; {@code null} with none. */
    private Allocation allocate(CourseSession session, int agencyShare, int groupShare, long seed, Instant now, Person by,
                                boolean automatic) {
        List<Booking> approved = approved(session);
        if (approved.isEmpty()) {
            return null;
        }
        em.createNamedQuery(Allocation.SUPERSEDE_DRAFTS)
                .setParameter("superseded", AllocationStatus.SUPERSEDED).setParameter("draft", AllocationStatus.DRAFT)
                .setParameter("session", session).executeUpdate();
        Course course = session.getCourse();
        Set<Framework> frameworks = course.getTargetGroups().stream().map(WorkforceGroup::getFramework).collect(Collectors.toSet());
        LocalDate recentFrom = session.getStartsAt().atZone(Installation.zone()).toLocalDate().minus(1, ChronoUnit.YEARS);
        Set<Long> placedBefore = new HashSet<>(em.createNamedQuery(Booking.PLACED_BEFORE, Long.class)
                .setParameter("course", course).setParameter("session", session)
                .setParameter("confirmed", BookingStatus.CONFIRMED).getResultList());

        List<Allocator.Candidate> candidates = new ArrayList<>();
        for (Booking booking : approved) {
            Person person = booking.getPerson();
            WorkforceGroup group = group(person, frameworks);
            candidates.add(new Allocator.Candidate(booking.getId(), person.getOrganisation().getId(),
                    group == null ? null : group.getId(), booking.getNeedLevel(), prerequisitesSince(course, person, recentFrom),
                    placedBefore.contains(person.getId())));
        }
        Allocation allocation = new Allocation(session, seed, agencyShare, groupShare, session.getPlacesLeft(), now, by, automatic);
        for (Allocator.Result result : Allocator.allocate(candidates, session.getPlacesLeft(), agencyShare, groupShare, seed)) {
            Booking booking = em.find(Booking.class, result.candidate().bookingId());
            allocation.add(new AllocationLine(allocation, booking, result, booking.getPerson().getOrganisation(),
                    group(booking.getPerson(), frameworks)));
        }
        em.persist(allocation);
        return allocation;
    }

    /** The session's approved notes of interest from people still active. */
    private List<Booking> approved(CourseSession session) {
        return em.createNamedQuery(Booking.APPROVED_ON_SESSION, Booking.class)
                .setParameter("session", session).setParameter("approved", BookingStatus.APPROVED).setParameter("active", true)
                .getResultList();
    }

    /** The person's workforce group in the course's frameworks (the first, by framework); {@code null} if none. */
    private static WorkforceGroup group(Person person, Set<Framework> frameworks) {
        return person.getWorkforceGroups().entrySet().stream().filter(e -> frameworks.contains(e.getKey()))
                .map(java.util.Map.Entry::getValue).min(java.util.Comparator.comparing(WorkforceGroup::getId)).orElse(null);
    }

    /** Whether the course has prerequisites and the person completed (or had recorded as equivalent) each since {@code from}. */
    private boolean prerequisitesSince(Course course, Person person, LocalDate from) {
        if (course.getPrerequisites().isEmpty()) {
            return false;
        }
        for (Course prerequisite : course.getPrerequisites()) {
            LocalDate latest = em.createNamedQuery(LearningRecord.LATEST_COMPLETION, LocalDate.class)
                    .setParameter("person", person).setParameter("course", prerequisite)
                    .setParameter("completing", LearningRecordKind.COMPLETING).getSingleResult();
            if (latest == null || latest.isBefore(from)) {
                return false;
            }
        }
        return true;
    }

    private CourseSession lockedSession(long sessionId) throws NotFoundException {
        return locks.locked(sessionId);
    }

    /** The signed-in member of the learning team's person; {@code null} for an account without one. */
    private Person me() {
        return Callers.person(em, context.getCallerPrincipal()).orElse(null);
    }

    private static int share(String field, Integer given, int fallback, List<Problem> problems) {
        if (given == null) {
            return fallback;
        }
        if (given < 1 || given > 100) {
            problems.add(new Problem(field, "allocation.share.range"));
        }
        return given;
    }
}
