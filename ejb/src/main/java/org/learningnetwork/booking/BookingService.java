package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionCancelled;
import org.learningnetwork.catalogue.SessionPlacesAdded;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.WorkforceGroup;
import org.learningnetwork.security.Callers;

/**
 * Booking places on sessions: applications and their checks, line-manager approval, first-come places and
 * the waiting list with its offers, cancellations. Every change of a booking is recorded with who made it,
 * when and why.
 *
 * <p>Every operation that can take or free a place first locks the session's row, so that operations on
 * one session happen one after another whatever the interleaving: the places taken are counted in the
 * same row (and the database refuses more than the capacity), a double submit finds the first booking,
 * and the waiting list keeps its order.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class BookingService {

    /** Reasons the application records for its own changes (shown from the message bundle). */
    public static final String REASON_OFFER_EXPIRED = "offer.expired";
    public static final String REASON_OFFER_REFUSED = "offer.refused";
    public static final String REASON_SESSION_CANCELLED = "session.cancelled";
    public static final String REASON_PLACE_FREED = "place.freed";

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

    /**
     * The signed-in learner applies for a session. Refused, with every reason, when the session does not take
     * applications now, their organisation is outside the partnership's area, a prerequisite is missing, or
     * they already have a booking on it. A course aimed at other workforce groups is only a warning: refused
     * with {@code booking.groupMismatch} until the learner confirms.
     */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking apply(long sessionId, String need, boolean confirmGroupMismatch) throws RejectedException, NotFoundException {
        Person me = me();
        CourseSession session = lockedSession(sessionId);
        Instant now = clock.instant();
        Optional<Booking> earlier = existingBooking(session, me);
        List<Problem> problems = new ArrayList<>(checks(session, me, earlier, now));
        boolean mismatch = !suitsGroup(session.getCourse(), me);
        if (problems.isEmpty() && mismatch && !confirmGroupMismatch) {
            problems.add(new Problem("confirmGroupMismatch", "booking.groupMismatch"));
        }
        String cleanNeed = need(need, problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        Booking booking = bookingFor(session, me, earlier);
        booking.apply(now, cleanNeed, mismatch);
        booking.moveTo(BookingStatus.REQUESTED, now, me, ActorRole.LEARNER, null);
        mails.requested(booking, now);
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
        CourseSession session = lockedSession(sessionId);
        Instant now = clock.instant();
        Optional<Booking> earlier = existingBooking(session, learner);
        List<Problem> problems = new ArrayList<>(checks(session, learner, earlier, now));
        String cleanNeed = need(need, problems);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        // The place is taken before the booking is written, so that a new booking is written once, as placed.
        BookingStatus placed = placing(session);
        Booking booking = bookingFor(session, learner, earlier);
        booking.apply(now, cleanNeed, !suitsGroup(session.getCourse(), learner));
        booking.stateNeed(level);
        booking.moveTo(BookingStatus.REQUESTED, now, me, role, "booked.onBehalf");
        move(booking, placed, now, me, role, null);
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
        CourseSession session = lockedSession(sessionId);
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Optional<Booking>> earlier = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> lines = workEmails == null ? List.of() : workEmails;
        for (int i = 0; i < lines.size(); i++) {
            String field = "people[" + i + "]";
            String email = Text.clean(lines.get(i));
            String key = email == null ? "" : email.toLowerCase(java.util.Locale.ROOT);
            Person person = key.isEmpty() ? null : em.createQuery("select p from Person p where p.workEmail = :email", Person.class)
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
            booking.apply(now, null, !suitsGroup(session.getCourse(), person));
            booking.moveTo(BookingStatus.REQUESTED, now, me, ActorRole.COORDINATOR, "booked.named");
            placeApproved(booking, now, me, ActorRole.COORDINATOR);
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
        Booking booking = lockedBooking(bookingId);
        ActorRole role = actingAs(me, booking.getPerson());
        if (booking.getStatus() != BookingStatus.REQUESTED) {
            throw new RejectedException(null, "booking.notAwaitingApproval");
        }
        booking.stateNeed(need);
        placeApproved(booking, clock.instant(), me, role);
        return booking;
    }

    /** The learner's line manager (or a coordinator for them) declines a request, saying why. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    @ChangesPublicContent
    public Booking decline(long bookingId, String reason) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = lockedBooking(bookingId);
        ActorRole role = actingAs(me, booking.getPerson());
        String cleanReason = reason(reason, true);
        if (booking.getStatus() != BookingStatus.REQUESTED) {
            throw new RejectedException(null, "booking.notAwaitingApproval");
        }
        move(booking, BookingStatus.DECLINED, clock.instant(), me, role, cleanReason);
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
        Booking booking = lockedBooking(bookingId);
        boolean own = booking.getPerson().getId().equals(me.getId());
        boolean coordinator = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (!own && !coordinator) {
            // Someone else's booking is answered as one that does not exist: the answer tells nothing of it.
            throw new NotFoundException("Booking", bookingId);
        }
        String cleanReason = reason(reason, !own);
        if (!booking.getStatus().isActive()) {
            throw new RejectedException(null, "booking.cancel.notActive");
        }
        Instant now = clock.instant();
        CourseSession session = booking.getSession();
        if (!now.isBefore(session.getStartsAt())) {
            throw new RejectedException(null, "booking.cancel.started");
        }
        boolean heldPlace = booking.getStatus().holdsPlace();
        if (own && heldPlace && !now.isBefore(BookingSettings.lateCancellationFrom(session.getStartsAt()))) {
            booking.markLate();
        }
        move(booking, BookingStatus.CANCELLED, now, me, own ? ActorRole.LEARNER : ActorRole.COORDINATOR, cleanReason);
        if (heldPlace) {
            passOnPlace(session, now);
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
        if (booking.getStatus() != BookingStatus.OFFERED || !now.isBefore(booking.getOfferExpiresAt())) {
            throw new RejectedException(null, "booking.offer.notOpen");
        }
        move(booking, BookingStatus.CONFIRMED, now, me, ActorRole.LEARNER, null);
        return booking;
    }

    /** The learner turns down the place they were offered: it goes to the next on the waiting list. */
    @RolesAllowed(Roles.LEARNER)
    @ChangesPublicContent
    public Booking refuseOffer(long bookingId) throws RejectedException, NotFoundException {
        Person me = me();
        Booking booking = ownBooking(bookingId, me);
        Instant now = clock.instant();
        if (booking.getStatus() != BookingStatus.OFFERED) {
            throw new RejectedException(null, "booking.offer.notOpen");
        }
        move(booking, BookingStatus.CANCELLED, now, me, ActorRole.LEARNER, REASON_OFFER_REFUSED);
        passOnPlace(booking.getSession(), now);
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
        placeApproved(link.getBooking(), now, link.getManager(), ActorRole.MANAGER_LINK);
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
        move(link.getBooking(), BookingStatus.DECLINED, now, link.getManager(), ActorRole.MANAGER_LINK, cleanReason);
        return link.getBooking();
    }

    /** The signed-in learner's bookings, the soonest session first. */
    @RolesAllowed(Roles.LEARNER)
    public List<Booking> myBookings() throws RejectedException {
        return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course where b.person = :me"
                + " order by s.startsAt desc, b.id", Booking.class).setParameter("me", me()).getResultList();
    }

    /** Requests from the signed-in manager's staff that wait for their approval, oldest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<Booking> awaitingMyApproval() throws RejectedException {
        return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course join fetch b.person p"
                        + " where p.lineManager = :me and b.status = :requested order by b.appliedAt, b.id", Booking.class)
                .setParameter("me", me()).setParameter("requested", BookingStatus.REQUESTED).getResultList();
    }

    /** Bookings of the signed-in manager's staff on sessions of the past year and to come, the latest session first. */
    @RolesAllowed(Roles.MANAGER)
    public List<Booking> myTeamsBookings() throws RejectedException {
        return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course join fetch b.person p"
                        + " where p.lineManager = :me and s.startsAt >= :since order by s.startsAt desc, p.familyName, p.givenName, b.id",
                        Booking.class)
                .setParameter("me", me()).setParameter("since", clock.instant().minus(java.time.Duration.ofDays(365))).getResultList();
    }

    /** The signed-in manager's active staff, by name: the people they may book on behalf of. */
    @RolesAllowed(Roles.MANAGER)
    public List<Person> myStaff() throws RejectedException {
        return em.createQuery("select p from Person p where p.lineManager = :me and p.active = :active"
                + " order by p.familyName, p.givenName, p.id", Person.class).setParameter("me", me()).setParameter("active", true)
                .getResultList();
    }

    /** Sessions taking applications now (booking window open, course not retired), the soonest first; at most 300. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public List<CourseSession> bookableSessions() {
        Instant now = clock.instant();
        return em.createQuery("select s from CourseSession s join fetch s.course c where s.status in :live and c.retired = false"
                        + " and s.bookingOpensAt <= :now and s.bookingClosesAt > :now order by s.startsAt, c.title, s.id", CourseSession.class)
                .setParameter("live", List.of(org.learningnetwork.catalogue.SessionStatus.PLANNED, org.learningnetwork.catalogue.SessionStatus.OPEN))
                .setParameter("now", now).setMaxResults(300).getResultList();
    }

    /** Everyone booked on a session, with their status: waiting list in its order, then the rest by name. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<Booking> roster(long sessionId) throws NotFoundException {
        if (em.find(CourseSession.class, sessionId) == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return em.createQuery("select b from Booking b join fetch b.person p where b.session.id = :session"
                        + " order by b.status, b.queuedAt, p.familyName, p.givenName, b.id", Booking.class)
                .setParameter("session", sessionId).getResultList();
    }

    /** A booking with its whole history, for the learner it belongs to or a coordinator. */
    public Booking history(long bookingId) throws RejectedException, NotFoundException {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new NotFoundException("Booking", bookingId);
        }
        boolean coordinator = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (!coordinator && !booking.getPerson().getId().equals(me().getId())) {
            throw new NotFoundException("Booking", bookingId);
        }
        booking.getEvents().size();
        return booking;
    }

    /**
     * Ends waiting-list offers that have expired, passing each place on to the next person waiting; returns
     * how many. Called by {@link OfferExpiryTimer}; open to any caller, as it only does what is due anyway.
     */
    @PermitAll
    @ChangesPublicContent
    public int expireOffers() {
        Instant now = clock.instant();
        List<Long> expired = em.createQuery("select b.id from Booking b where b.status = :offered and b.offerExpiresAt <= :now",
                Long.class).setParameter("offered", BookingStatus.OFFERED).setParameter("now", now).getResultList();
        int count = 0;
        for (Long id : expired) {
            Booking booking = em.find(Booking.class, id);
            em.lock(booking.getSession(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(booking);
            if (booking.getStatus() == BookingStatus.OFFERED && !booking.getOfferExpiresAt().isAfter(now)) {
                move(booking, BookingStatus.CANCELLED, now, null, ActorRole.SYSTEM, REASON_OFFER_EXPIRED);
                passOnPlace(booking.getSession(), now);
                count++;
            }
        }
        return count;
    }

    /**
     * When a session is called off (in the coordinator's transaction), every booking on it is cancelled and
     * its places are no longer held.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void sessionCancelled(@Observes SessionCancelled cancelled) throws NotFoundException {
        Instant now = clock.instant();
        CourseSession session = lockedSession(cancelled.sessionId());
        List<Booking> bookings = em.createQuery("select b from Booking b where b.session = :session", Booking.class)
                .setParameter("session", session).getResultList();
        for (Booking booking : bookings) {
            if (booking.getStatus().isActive()) {
                move(booking, BookingStatus.CANCELLED, now, null, ActorRole.SYSTEM, REASON_SESSION_CANCELLED);
            }
        }
        em.createQuery("update CourseSession s set s.placesTaken = 0 where s.id = :id").setParameter("id", session.getId())
                .executeUpdate();
    }

    /** When a session gets more places, people on its waiting list are offered them, in order. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void placesAdded(@Observes SessionPlacesAdded added) throws NotFoundException {
        Instant now = clock.instant();
        CourseSession session = lockedSession(added.sessionId());
        for (Booking next : waitingList(session, session.getCapacity())) {
            if (!now.isBefore(session.getStartsAt()) || !takePlace(session)) {
                return;
            }
            offer(next, session, now);
        }
    }

    /**
     * An approved booking: a place if one is free on a first-come session, else the waiting list; a note of interest
     * waits for the allocation, or once the session's allocation is confirmed is placed like a first-come booking.
     */
    private void placeApproved(Booking booking, Instant now, Person actor, ActorRole role) {
        move(booking, placing(booking.getSession()), now, actor, role, null);
    }

    /**
     * Where an approved booking on the session goes (the session row is locked): {@code CONFIRMED}, having taken one of
     * its places, or {@code WAITLISTED}; {@code APPROVED}, to wait for the allocation, on a note-of-interest session
     * whose allocation is not confirmed.
     */
    private BookingStatus placing(CourseSession session) {
        if (session.getCourse().getBookingMode() == BookingMode.NOTE_OF_INTEREST && !Allocation.confirmedFor(em, session)) {
            return BookingStatus.APPROVED;
        }
        return takePlace(session) ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED;
    }

    private void move(Booking booking, BookingStatus next, Instant now, Person actor, ActorRole role, String reason) {
        moves.move(booking, next, now, actor, role, reason);
    }

    private boolean takePlace(CourseSession session) {
        return moves.takePlace(session);
    }

    /** The first active people on the session's waiting list, in its order. */
    private List<Booking> waitingList(CourseSession session, int most) {
        return em.createQuery("select b from Booking b join b.person p where b.session = :session"
                        + " and b.status = :waitlisted and p.active = :active order by b.queuedAt, b.id", Booking.class)
                .setParameter("session", session).setParameter("waitlisted", BookingStatus.WAITLISTED)
                .setParameter("active", true).setMaxResults(most).getResultList();
    }

    /** Offers a held place to someone on the waiting list until the offer expires (never beyond the start). */
    private void offer(Booking next, CourseSession session, Instant now) {
        Instant expiry = now.plus(BookingSettings.offerLasts());
        next.offerUntil(expiry.isAfter(session.getStartsAt()) ? session.getStartsAt() : expiry);
        move(next, BookingStatus.OFFERED, now, null, ActorRole.SYSTEM, REASON_PLACE_FREED);
    }

    /**
     * A place has been freed (the session row is locked): it is offered to the first active person on the
     * waiting list, held for them until the offer expires (never beyond the session's start); with nobody
     * waiting it becomes free.
     */
    private void passOnPlace(CourseSession session, Instant now) {
        List<Booking> waiting = waitingList(session, 1);
        if (waiting.isEmpty() || !now.isBefore(session.getStartsAt())) {
            em.createQuery("update CourseSession s set s.placesTaken = s.placesTaken - 1 where s.id = :id and s.placesTaken > 0")
                    .setParameter("id", session.getId()).executeUpdate();
            return;
        }
        offer(waiting.get(0), session, now);
    }

    /** What stops this person applying for this session now ({@code earlier}: their booking on it, if any). */
    private List<Problem> checks(CourseSession session, Person person, Optional<Booking> earlier, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (!session.acceptsApplications(now)) {
            problems.add(new Problem(null, now.isBefore(session.getStartsAt()) ? "booking.session.notOpen" : "booking.session.past"));
        }
        if (session.getCourse().isRetired()) {
            problems.add(new Problem(null, "booking.course.retired"));
        }
        if (!person.isActive()) {
            problems.add(new Problem(null, "booking.person.inactive"));
        }
        if (!eligible(person)) {
            problems.add(new Problem(null, "booking.notEligible"));
        }
        if (!prerequisitesMet(session.getCourse(), person)) {
            problems.add(new Problem(null, "booking.prerequisites"));
        }
        if (earlier.filter(b -> b.getStatus().isActive()).isPresent()) {
            problems.add(new Problem(null, "booking.already"));
        }
        return problems;
    }

    /** Whether the person's organisation works in or serves one of the partnership's council areas (any, while none is set). */
    private boolean eligible(Person person) {
        return em.createQuery("select count(o) from Organisation o where o = :organisation"
                        + " and (not exists (select a from PartnershipArea a) or exists (select a from PartnershipArea a"
                        + " where a.councilArea in (select c from Organisation p join p.councilAreas c where p = o)))", Long.class)
                .setParameter("organisation", person.getOrganisation()).getSingleResult() > 0;
    }

    /** Whether the person has completed every prerequisite of the course (or had it recorded as equivalent). */
    private boolean prerequisitesMet(Course course, Person person) {
        for (Course prerequisite : course.getPrerequisites()) {
            long done = em.createQuery("select count(r) from LearningRecord r where r.person = :person and r.course = :course"
                            + " and r.kind <> :partial", Long.class)
                    .setParameter("person", person).setParameter("course", prerequisite)
                    .setParameter("partial", LearningRecordKind.PARTIAL).getSingleResult();
            if (done == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the course is aimed at one of the person's workforce groups. */
    private static boolean suitsGroup(Course course, Person person) {
        for (WorkforceGroup group : course.getTargetGroups()) {
            if (person.workforceGroupIn(group.getFramework()).filter(group::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The person's booking on the session, if they have ever applied: there is at most one. */
    private Optional<Booking> existingBooking(CourseSession session, Person person) {
        return em.createQuery("select b from Booking b where b.session = :session and b.person = :person", Booking.class)
                .setParameter("session", session).setParameter("person", person).getResultStream().findFirst();
    }

    /** The person's booking on the session to apply with: the one from an earlier application, or a new one. */
    private Booking bookingFor(CourseSession session, Person person, Optional<Booking> earlier) {
        return earlier.orElseGet(() -> {
            Booking booking = new Booking(session, person);
            em.persist(booking);
            return booking;
        });
    }

    /**
     * The session, its row locked until the transaction ends and read again after the lock.
     *
     * <p>It is found first and then locked, rather than found with a lock, and its course's prerequisites and target
     * groups (which the lock does not protect: they belong to the course) are read in between. EclipseLink keeps
     * anything first read after a transaction has locked a row out of its shared cache, and builds an object found
     * with a lock as a refresh, which also reads its facilitators: found with a lock, the session cost four reads
     * per booking (its course, the course's prerequisites and target groups, its facilitators) to save this one.
     */
    private CourseSession lockedSession(long sessionId) throws NotFoundException {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Session", sessionId);
        }
        session.getCourse().getPrerequisites().size();
        session.getCourse().getTargetGroups().size();
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /** The booking, with its session's row locked, read again after the lock. */
    private Booking lockedBooking(long bookingId) throws NotFoundException {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new NotFoundException("Booking", bookingId);
        }
        em.lock(booking.getSession(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(booking);
        return booking;
    }

    /** The approval link with this token if it still works: sent by us, not used, not expired. */
    private ApprovalLink openLink(String token, Instant now) throws RejectedException {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RejectedException(null, "link.invalid");
        }
        ApprovalLink link = em.createQuery("select l from ApprovalLink l where l.tokenHash = :hash", ApprovalLink.class)
                .setParameter("hash", ApprovalLink.digest(token.trim())).getResultStream().findFirst()
                .orElseThrow(() -> new RejectedException(null, "link.invalid"));
        if (link.getUsedAt() != null) {
            throw new RejectedException(null, "link.used");
        }
        if (!now.isBefore(link.getExpiresAt())) {
            throw new RejectedException(null, "link.expired");
        }
        if (link.getBooking().getStatus() != BookingStatus.REQUESTED) {
            throw new RejectedException(null, "booking.notAwaitingApproval");
        }
        return link;
    }

    /** The working approval link with its booking's session locked, checked again after the lock. */
    private ApprovalLink lockedLink(String token, Instant now) throws RejectedException, NotFoundException {
        ApprovalLink link = openLink(token, now);
        lockedBooking(link.getBooking().getId());
        em.refresh(link);
        return openLink(token, now);
    }

    private Booking ownBooking(long bookingId, Person me) throws RejectedException, NotFoundException {
        Booking booking = lockedBooking(bookingId);
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
        if (context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)) {
            return ActorRole.COORDINATOR;
        }
        throw new RejectedException(null, "booking.notYourStaff");
    }

    /** The person of the signed-in account (usernames are kept in lower case). */
    private Person me() throws RejectedException {
        return Callers.person(em, context.getCallerPrincipal()).orElseThrow(() -> new RejectedException(null, "booking.noPerson"));
    }

    /**
     * The person of the signed-in account as a reference, for when only who they are matters (who acted): their
     * details are not read.
     */
    private Person myReference() throws RejectedException {
        return Callers.personId(em, context.getCallerPrincipal()).map(id -> em.getReference(Person.class, id))
                .orElseThrow(() -> new RejectedException(null, "booking.noPerson"));
    }

    private static String need(String need, List<Problem> problems) {
        String clean = Text.clean(need);
        if (clean != null && clean.length() > 1000) {
            problems.add(new Problem("need", "booking.need.size"));
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
