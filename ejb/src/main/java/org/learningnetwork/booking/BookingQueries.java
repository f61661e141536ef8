package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.security.Callers;

/**
 * What the booking screens and the API read: a learner's bookings, a manager's approvals, team and staff, the sessions
 * open to book, a session's roster and a booking's history. Each is scoped to the caller (a learner their own, a
 * manager their staff, the learning team everyone); changes are {@link BookingService}'s.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class BookingQueries {

    /** How far back a manager's team bookings go. */
    private static final Duration TEAM_HISTORY = Duration.ofDays(365);
    /** The most sessions offered to book on someone's behalf. */
    private static final int BOOKABLE_SESSIONS = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The signed-in learner's bookings, the latest session first. */
    @RolesAllowed(Roles.LEARNER)
    public List<MyBookingLine> myBookings() throws RejectedException {
        return em.createNamedQuery(Booking.MINE, MyBookingLine.class).setParameter("me", me()).getResultList();
    }

    /** Requests from the signed-in manager's staff that wait for their approval, oldest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<Booking> awaitingMyApproval() throws RejectedException {
        return em.createNamedQuery(Booking.AWAITING_APPROVAL, Booking.class).setParameter("me", me())
                .setParameter("requested", BookingStatus.REQUESTED).getResultList();
    }

    /**
     * Requests the learning team decides, oldest first: from people with no line manager in the workforce records, or
     * whose line manager has left ({@link Approver#LEARNING_TEAM}).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<Booking> awaitingLearningTeam() {
        // The caller's own request is for someone else in the team to decide.
        long me = Callers.personId(em, context.getCallerPrincipal()).orElse(0L);
        return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course join fetch b.person p"
                        + " left join p.lineManager m where b.status = :requested and (m is null or m.active = false) and p.id <> :me"
                        + " order by b.appliedAt, b.id", Booking.class)
                .setParameter("requested", BookingStatus.REQUESTED).setParameter("me", me).getResultList();
    }

    /** Bookings of the signed-in manager's staff on sessions of the past year and to come, the latest session first. */
    @RolesAllowed(Roles.MANAGER)
    public List<TeamBookingLine> myTeamsBookings() throws RejectedException {
        return em.createNamedQuery(Booking.OF_TEAM, TeamBookingLine.class).setParameter("me", me())
                .setParameter("since", clock.instant().minus(TEAM_HISTORY)).getResultList();
    }

    /** The signed-in manager's active staff, by name: the people they may book on behalf of. */
    @RolesAllowed(Roles.MANAGER)
    public List<Person> myStaff() throws RejectedException {
        return em.createNamedQuery(Person.STAFF_OF, Person.class).setParameter("manager", me()).setParameter("active", true)
                .getResultList();
    }

    /** Sessions taking applications now (booking window open, course not retired), the soonest first; at most 300. */
    @RolesAllowed({Roles.MANAGER, Roles.COORDINATOR, Roles.ADMIN})
    public List<CourseSession> bookableSessions() {
        return em.createNamedQuery(CourseSession.BOOKABLE, CourseSession.class)
                .setParameter("live", List.of(SessionStatus.PLANNED, SessionStatus.OPEN)).setParameter("now", clock.instant())
                .setMaxResults(BOOKABLE_SESSIONS).getResultList();
    }

    /** Everyone booked on a session, with their status: waiting list in its order, then the rest by name. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<Booking> roster(long sessionId) throws NotFoundException {
        List<Booking> roster = em.createNamedQuery(Booking.ROSTER, Booking.class).setParameter("session", sessionId).getResultList();
        // Bookings are only ever on a session: only an empty roster leaves the session to be looked for.
        if (roster.isEmpty() && em.find(CourseSession.class, sessionId) == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return roster;
    }

    /**
     * A session's roster as its page shows it ({@link RosterLine}), in the order of {@link #roster(long)}; unknown
     * sessions are not found.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<RosterLine> rosterLines(long sessionId) throws NotFoundException {
        List<RosterLine> lines = em.createNamedQuery(Booking.ROSTER_LINES, RosterLine.class).setParameter("session", sessionId)
                .getResultList();
        if (lines.isEmpty() && em.find(CourseSession.class, sessionId) == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return lines;
    }

    /** One of the signed-in learner's own bookings (to confirm cancelling it); anyone else's is answered as not found. */
    @RolesAllowed(Roles.LEARNER)
    public Booking myBooking(long bookingId) throws RejectedException, NotFoundException {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || !booking.getPerson().getId().equals(me())) {
            throw new NotFoundException("Booking", bookingId);
        }
        return booking;
    }

    /** A booking with its whole history, for the learner it belongs to or a coordinator; anyone else finds none. */
    public Booking history(long bookingId) throws RejectedException, NotFoundException {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new NotFoundException("Booking", bookingId);
        }
        boolean coordinator = context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN);
        if (!coordinator && !booking.getPerson().getId().equals(me())) {
            throw new NotFoundException("Booking", bookingId);
        }
        booking.getEvents().size();
        return booking;
    }

    /** The signed-in person's id (read without reading the person). */
    private long me() throws RejectedException {
        return Callers.requirePersonId(em, context.getCallerPrincipal(), "booking.noPerson");
    }
}
