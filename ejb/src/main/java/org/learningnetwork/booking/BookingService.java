package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionLocks;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.security.Callers;

/**
 * Booking a place, as commands: applying, booking on someone's behalf or a named list, approving and declining (also
 * by the link e-mailed to a line manager without an account), cancelling, and taking or turning down a place offered.
 * Who may apply is {@link BookingRules}'; which moves a booking can make is {@link BookingStatus.Move}; when a
 * cancellation is late is {@link CancellationPolicy}'s. What the screens read is {@link BookingQueries}; what happens
 * to bookings by itself (offers expiring, a session called off) is {@link SessionBookings}.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class BookingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private BookingMails mails;

    @Inject
    private BookingMoves moves;

    @Inject
    private SessionLocks locks;

    /** What a learner is told before applying: who decides their request, and whether the course is aimed at their group. */
    public record BeforeApplying(Approver approver, boolean suitsGroup) {
    }

    /** What the signed-in learner is told on the form before applying for the session. */
    @RolesAllowed(Roles.LEARNER)
    public BeforeApplying beforeApplying(long sessionId) throws RejectedException, NotFoundException {
        Person me = me();
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return new BeforeApplying(Approver.of(session.getCourse(), me), BookingRules.suitsGroup(session.getCourse(), me));
    }

    /** {@link #apply(long, String, String, boolean)} without adjustments. */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking apply(long sessionId, String need, boolean confirmGroupMismatch) throws RejectedException, NotFoundException {
        return apply(sessionId, need, null, confirmGroupMismatch);
    }

    /**
     * The signed-in learner applies for a session, saying what they need from it and what they need to take part
     * (both optional). Refused, with every reason, when the session does not take applications now, their
     * organisation is outside the partnership's area, a prerequisite is missing, or they already have a booking on
     * it. A course aimed at other workforce groups is only a warning: refused with {@code booking.groupMismatch} until
     * the learner confirms. The request goes to whoever decides it ({@link Approver}): their line manager, the learning
     * team, or nobody — on a course that needs no approval the place is taken at once (or the allocation awaited).
     */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking apply(long sessionId, String need, String adjustments, boolean confirmGroupMismatch)
            throws RejectedException, NotFoundException {
        Person me = me();
        CourseSession session = locks.locked(sessionId);
        Instant now = clock.instant();
        Optional<Booking> earlier = existingBooking(session, me);
        List<Problem> problems = new ArrayList<>(checks(session, me, earlier, now));
        boolean mismatch = !BookingRules.suitsGroup(session.getCourse(), me);
        if (problems.isEmpty() && mismatch && !confirmGroupMismatch) {
            problems.add(new Problem("confirmGroupMismatch", "booking.groupMismatch"));
        }
        String cleanNeed = need(need, problems);
        String cleanAdjustments = adjustments(adjustments, problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        boolean decided = Approver.of(session.getCourse(), me) == Approver.NOBODY;
        // As when booking on someone's behalf, the place is taken before the booking is written.
        BookingStatus placed = decided ? moves.placing(session) : null;
        Booking booking = bookingFor(session, me, earlier);
        booking.apply(now, cleanNeed, cleanAdjustments, mismatch);
        booking.moveTo(BookingStatus.REQUESTED, now, me, ActorRole.LEARNER, null);
        if (decided) {
            moves.move(booking, placed, now, null, ActorRole.SYSTEM, BookingEvent.REASON_NO_APPROVAL);
        } else {
            mails.requested(booking, now);
        }
        return booking;
    }

    /**
     * A line manager books one of their staff onto a session, or a coordinator books anyone: the booking counts
     * as approved and is placed at once. The same checks as an application apply, except the group warning.
     */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking bookOnBehalf(long sessionId, long personId, String need) throws RejectedException, NotFoundException {
        return bookOnBehalf(sessionId, personId, need, null);
    }

    /** {@link #bookOnBehalf(long, long, String)}, stating how much the learner needs the course (as when approving). */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking bookOnBehalf(long sessionId, long personId, String need, NeedLevel level) throws RejectedException, NotFoundException {
        Person me = myReference();
        Person learner = em.find(Person.class, personId);
        if (learner == null) {
            throw new NotFoundException("Person", personId);
        }
        ActorRole role = actingAs(me, learner);
        CourseSession session = locks.locked(sessionId);
        Instant now = clock.instant();
        Optional<Booking> earlier = existingBooking(session, learner);
        List<Problem> problems = new ArrayList<>(checks(session, learner, earlier, now));
        String cleanNeed = need(need, problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        // The place is taken before the booking is written, so that a new booking is written once, as placed.
        BookingStatus placed = moves.placing(session);
        Booking booking = bookingFor(session, learner, earlier);
        booking.apply(now, cleanNeed, !BookingRules.suitsGroup(session.getCourse(), learner));
        booking.stateNeed(level);
        booking.moveTo(BookingStatus.REQUESTED, now, me, role, BookingEvent.REASON_BOOKED_ON_BEHALF);
        moves.move(booking, placed, now, me, role, null);
        return booking;
    }

    /**
     * The learning team books a named list of staff (by work e-mail address, one each) onto a session, typically
     * a bespoke session for one team: each booking counts as approved and is placed in the list's order (places
     * while they last, then the waiting list). All or nothing: with any problem — an address nobody has, one
     * given twice, or a person who may not be booked (the same checks as an application) — nobody is booked,
     * and every problem is reported against its line ({@code people[i]}).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public List<Booking> bookNamed(long sessionId, List<String> workEmails) throws RejectedException, NotFoundException {
        Person me = me();
        CourseSession session = locks.locked(sessionId);
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Optional<Booking>> earlier = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> lines = workEmails == null ? List.of() : workEmails;
        for (int i = 0; i < lines.size(); i++) {
            String field = "people[" + i + "]";
            String email = Text.clean(lines.get(i));
            String key = email == null ? "" : email.toLowerCase(Locale.ROOT);
            Person person = key.isEmpty() ? null : em.createNamedQuery(Person.BY_WORK_EMAIL, Person.class)
                    .setParameter("email", key).getResultStream().findFirst().orElse(null);
            if (person == null) {
                problems.add(new Problem(field, "bulk.unknownPerson"));
            } else if (seen.contains(key)) {
                problems.add(new Problem(field, "bulk.duplicate"));
            } else {
                seen.add(key);
                people.add(person);
                earlier.add(existingBooking(session, person));
                checks(session, person, earlier.get(earlier.size() - 1), now).forEach(p -> problems.add(new Problem(field, p.messageKey())));
            }
        }
        if (lines.isEmpty()) {
            problems.add(new Problem("people", "bulk.none"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        List<Booking> booked = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Booking booking = bookingFor(session, person, earlier.get(i));
            booking.apply(now, null, !BookingRules.suitsGroup(session.getCourse(), person));
            booking.moveTo(BookingStatus.REQUESTED, now, me, ActorRole.COORDINATOR, BookingEvent.REASON_BOOKED_NAMED);
            moves.placeApproved(booking, now, me, ActorRole.COORDINATOR);
            booked.add(booking);
        }
        return booked;
    }

    /** The learner's line manager approves a request; a coordinator may approve on the manager's behalf. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking approve(long bookingId) throws RejectedException, NotFoundException {
        return approve(bookingId, null);
    }

    /**
     * The learner's line manager approves a request, stating how much the learner needs the course (it weighs in
     * the allocation of a note-of-interest session; {@code null} when not stated); a coordinator may approve on
     * the manager's behalf.
     */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking approve(long bookingId, NeedLevel need) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = moves.lockedBooking(bookingId);
        ActorRole role = deciding(me, booking);
        BookingStatus.Move.APPROVE.check(booking.getStatus());
        booking.stateNeed(need);
        moves.placeApproved(booking, clock.instant(), me, role);
        return booking;
    }

    /** The learner's line manager (or a coordinator for them) declines a request, saying why. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking decline(long bookingId, String reason) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = moves.lockedBooking(bookingId);
        ActorRole role = deciding(me, booking);
        String cleanReason = reason(reason, true);
        BookingStatus.Move.DECLINE.check(booking.getStatus());
        moves.move(booking, BookingStatus.DECLINED, clock.instant(), me, role, cleanReason);
        return booking;
    }

    /**
     * Cancels a booking: the learner their own (a reason is optional; within the cut-off before the session
     * it counts as late), or a coordinator anyone's (with a reason). A place it held is offered to the first
     * on the waiting list.
     */
    @RolesAllowed({Roles.LEARNER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking cancel(long bookingId, String reason) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = moves.lockedBooking(bookingId);
        boolean own = booking.getPerson().getId().equals(me.getId());
        if (!own && !isLearningTeam()) {
            // Someone else's booking is answered as one that does not exist: the answer tells nothing of it.
            throw new NotFoundException("Booking", bookingId);
        }
        String cleanReason = reason(reason, !own);
        BookingStatus.Move.CANCEL.check(booking.getStatus());
        Instant now = clock.instant();
        CourseSession session = booking.getSession();
        if (!now.isBefore(session.getStartsAt())) {
            throw new RejectedException(null, "booking.cancel.started");
        }
        boolean heldPlace = booking.getStatus().holdsPlace();
        if (CancellationPolicy.isLate(now, session.getStartsAt(), own, booking.getStatus(), BookingSettings.lateCancellationWorkingDays(),
                Installation.zone())) {
            booking.markLate();
        }
        moves.move(booking, BookingStatus.CANCELLED, now, me, own ? ActorRole.LEARNER : ActorRole.COORDINATOR, cleanReason);
        if (heldPlace) {
            moves.passOnPlace(session, now);
        }
        return booking;
    }

    /** The learner takes the place they were offered from the waiting list, before the offer expires. */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking acceptOffer(long bookingId) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = ownBooking(bookingId, me);
        Instant now = clock.instant();
        BookingStatus.Move.ACCEPT_OFFER.check(booking.getStatus());
        if (!now.isBefore(booking.getOfferExpiresAt())) {
            throw new RejectedException(null, BookingStatus.Move.ACCEPT_OFFER.refusal());
        }
        moves.move(booking, BookingStatus.CONFIRMED, now, me, ActorRole.LEARNER, null);
        return booking;
    }

    /** The learner turns down the place they were offered: it goes to the next on the waiting list. */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking refuseOffer(long bookingId) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = ownBooking(bookingId, me);
        Instant now = clock.instant();
        BookingStatus.Move.END_OFFER.check(booking.getStatus());
        moves.move(booking, BookingStatus.CANCELLED, now, me, ActorRole.LEARNER, BookingEvent.REASON_OFFER_REFUSED);
        moves.passOnPlace(booking.getSession(), now);
        return booking;
    }

    /**
     * The request an approval link was sent for, shown to whoever holds the link (the line manager it was sent
     * to) without signing in. Refused when the link is not one we sent, was used, or has expired.
     */
    @PermitAll
    public Booking requestByLink(String token) throws RejectedException {
        Booking booking = openLink(token, clock.instant()).getBooking();
        booking.getSession().getCourse().getTitle();
        return booking;
    }

    /** The line manager approves by the link sent to them, stating the need as in {@link #approve(long, NeedLevel)}; the link then stops working. */
    @PermitAll
    @ChangesPublicContent
    public Booking approveByLink(String token, NeedLevel need) throws RejectedException, NotFoundException {
        Instant now = clock.instant();
        ApprovalLink link = lockedLink(token, now);
        link.use(now);
        link.getBooking().stateNeed(need);
        moves.placeApproved(link.getBooking(), now, link.getManager(), ActorRole.MANAGER_LINK);
        return link.getBooking();
    }

    /** The line manager declines by the link sent to them, saying why; the link then stops working. */
    @PermitAll
    @ChangesPublicContent
    public Booking declineByLink(String token, String reason) throws RejectedException, NotFoundException {
        Instant now = clock.instant();
        String cleanReason = reason(reason, true);
        ApprovalLink link = lockedLink(token, now);
        link.use(now);
        moves.move(link.getBooking(), BookingStatus.DECLINED, now, link.getManager(), ActorRole.MANAGER_LINK, cleanReason);
        return link.getBooking();
    }

    /**
     * The booking a cancel link is for, shown to whoever holds the link (the learner it was mailed to), if it still works:
     * refused with {@code link.invalid}, {@code link.used} or {@code link.expired} (the session has started) otherwise.
     */
    @PermitAll
    public Booking bookingByCancelLink(String token) throws RejectedException {
        return openCancelLink(token, clock.instant()).getBooking();
    }

    /**
     * The learner cancels their booking by the link mailed to them, saying why if they wish: as their own cancellation
     * (late within the cut-off), then the link stops working. A booking no longer active is refused with its reason.
     */
    @PermitAll
    @ChangesPublicContent
    public Booking cancelByLink(String token, String reason) throws RejectedException, NotFoundException {
        Instant now = clock.instant();
        String cleanReason = reason(reason, false);
        CancelLink link = openCancelLink(token, now);
        Booking booking = moves.lockedBooking(link.getBooking().getId());
        em.refresh(link);
        link = openCancelLink(token, now);
        BookingStatus.Move.CANCEL.check(booking.getStatus());
        boolean heldPlace = booking.getStatus().holdsPlace();
        if (CancellationPolicy.isLate(now, booking.getSession().getStartsAt(), true, booking.getStatus(),
                BookingSettings.lateCancellationWorkingDays(), Installation.zone())) {
            booking.markLate();
        }
        link.use(now);
        moves.move(booking, BookingStatus.CANCELLED, now, booking.getPerson(), ActorRole.LEARNER, cleanReason);
        if (heldPlace) {
            moves.passOnPlace(booking.getSession(), now);
        }
        return booking;
    }

    private CancelLink openCancelLink(String token, Instant now) throws RejectedException {
        return BookingLink.open(em, CancelLink.class, CancelLink.BY_DIGEST, token, now);
    }

    /** What stops this person applying for this session now ({@code earlier}: their booking on it, if any). */
    private List<Problem> checks(CourseSession session, Person person, Optional<Booking> earlier, Instant now) {
        return BookingRules.problems(new BookingRules.Applicant(session.acceptsApplications(now), !now.isBefore(session.getStartsAt()),
                session.getCourse().isRetired(), session.getCourse().isCostApproved(), person.isActive(), inPartnership(person), prerequisitesMet(session.getCourse(), person),
                earlier.filter(b -> b.getStatus().isActive()).isPresent()));
    }

    /**
     * Whether the person's organisation is in a partnership: a partner, or working in or serving one of its council
     * areas (any, while no partnership serves an area).
     */
    private boolean inPartnership(Person person) {
        return em.createNamedQuery(org.learningnetwork.organisation.Partnership.SERVES, Long.class)
                .setParameter("organisation", person.getOrganisation()).getSingleResult() > 0;
    }

    /** Whether the person has completed every prerequisite of the course (or had it recorded as equivalent). */
    private boolean prerequisitesMet(Course course, Person person) {
        for (Course prerequisite : course.getPrerequisites()) {
            long done = em.createNamedQuery(LearningRecord.COUNT_COMPLETED, Long.class)
                    .setParameter("person", person).setParameter("course", prerequisite)
                    .setParameter("completing", LearningRecordKind.COMPLETING).getSingleResult();
            if (done == 0) {
                return false;
            }
        }
        return true;
    }

    /** The person's booking on the session, if they have ever applied: there is at most one. */
    private Optional<Booking> existingBooking(CourseSession session, Person person) {
        return em.createNamedQuery(Booking.OF_PERSON_ON_SESSION, Booking.class).setParameter("session", session)
                .setParameter("person", person).getResultStream().findFirst();
    }

    /** The person's booking on the session to apply with: the one from an earlier application, or a new one. */
    private Booking bookingFor(CourseSession session, Person person, Optional<Booking> earlier) {
        return earlier.orElseGet(() -> {
            Booking booking = new Booking(session, person);
            em.persist(booking);
            return booking;
        });
    }

    /** The approval link with this token if it still works: sent by us, not used, not expired. */
    private ApprovalLink openLink(String token, Instant now) throws RejectedException {
        ApprovalLink link = BookingLink.open(em, ApprovalLink.class, ApprovalLink.BY_DIGEST, token, now);
        BookingStatus.Move.APPROVE.check(link.getBooking().getStatus());
        return link;
    }

    /** The working approval link with its booking's session locked, checked again after the lock. */
    private ApprovalLink lockedLink(String token, Instant now) throws RejectedException, NotFoundException {
        ApprovalLink link = openLink(token, now);
        moves.lockedBooking(link.getBooking().getId());
        em.refresh(link);
        return openLink(token, now);
    }

    private Booking ownBooking(long bookingId, Person me) throws RejectedException, NotFoundException {
        Booking booking = moves.lockedBooking(bookingId);
        if (!booking.getPerson().getId().equals(me.getId())) {
            throw new NotFoundException("Booking", bookingId);
        }
        return booking;
    }

    /** In what capacity the caller acts for this learner: their line manager, or a coordinator; nobody else may. */
    private ActorRole actingAs(Person me, Person learner) throws RejectedException {
        if (context.isCallerInRole(Roles.MANAGER) && learner.getLineManager() != null
                && learner.getLineManager().getId().equals(me.getId())) {
            return ActorRole.MANAGER;
        }
        if (isLearningTeam()) {
            return ActorRole.COORDINATOR;
        }
        throw new RejectedException(null, "booking.notYourStaff");
    }

    /** In what capacity the caller decides this request: as {@link #actingAs}, but nobody decides their own request. */
    private ActorRole deciding(Person me, Booking booking) throws RejectedException {
        ActorRole role = actingAs(me, booking.getPerson());
        if (booking.getPerson().getId().equals(me.getId())) {
            throw new RejectedException(null, "booking.ownRequest");
        }
        return role;
    }

    private boolean isLearningTeam() {
        return context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
    }

    /** The person of the signed-in account. */
    private Person me() throws RejectedException {
        return Callers.requirePerson(em, context.getCallerPrincipal(), "booking.noPerson");
    }

    /** The person of the signed-in account as a reference, for when only who they are matters (who acted). */
    private Person myReference() throws RejectedException {
        return Callers.requirePersonReference(em, context.getCallerPrincipal(), "booking.noPerson");
    }

    private static String need(String need, List<Problem> problems) {
        String clean = Text.clean(need);
        if (clean != null && clean.length() > 1000) {
            problems.add(new Problem("need", "booking.need.size"));
        }
        return clean;
    }

    private static String adjustments(String adjustments, List<Problem> problems) {
        String clean = Text.clean(adjustments);
        if (clean != null && clean.length() > 500) {
            problems.add(new Problem("adjustments", "booking.adjustments.size"));
        }
        return clean;
    }

    private static String reason(String reason, boolean required) throws RejectedException {
        String clean = Text.clean(reason);
        if (clean == null && required) {
            throw new RejectedException("reason", "booking.reason.required");
        }
        if (clean != null && clean.length() > 1000) {
            throw new RejectedException("reason", "booking.reason.size");
        }
        return clean;
    }
}
