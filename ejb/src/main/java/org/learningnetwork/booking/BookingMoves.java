package org.learningnetwork.booking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionLocks;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;

/**
 * The steps every change of a booking is made of, shared by the services that change bookings: locking the session, a
 * move to a new status (recorded, and told to the learner by e-mail), taking a place, and passing a freed place on to
 * the waiting list. Callers hold the session's row lock ({@link SessionLocks}) for all but the first.
 */
@Dependent
class BookingMoves {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BookingMails mails;

    @Inject
    private SessionLocks locks;

    /** The booking, with its session's row locked, read again after the lock. */
    Booking lockedBooking(long bookingId) throws NotFoundException {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new NotFoundException("Booking", bookingId);
        }
        locks.lock(booking.getSession());
        em.refresh(booking);
        return booking;
    }

    /** Moves the booking to a new status, recording who, when and why, and tells the learner by e-mail. */
    void move(Booking booking, BookingStatus next, Instant now, Person actor, ActorRole role, String reason) {
        booking.moveTo(next, now, actor, role, reason);
        mails.changed(booking, reason);
    }

    /** Takes one of the session's places if one is free; the database refuses more than the capacity anyway. */
    boolean takePlace(CourseSession session) {
        return em.createQuery("update CourseSession s set s.placesTaken = s.placesTaken + 1"
                        + " where s.id = :id and s.placesTaken < s.capacity")
                .setParameter("id", session.getId()).executeUpdate() == 1;
    }

    /**
     * An approved booking: a place if one is free on a first-come session, else the waiting list; a note of interest
     * waits for the allocation, or once the session's allocation is confirmed is placed like a first-come booking.
     */
    void placeApproved(Booking booking, Instant now, Person actor, ActorRole role) {
        move(booking, placing(booking.getSession()), now, actor, role, null);
    }

    /**
     * Where an approved booking on the session goes: {@code CONFIRMED}, having taken one of its places, or
     * {@code WAITLISTED}; {@code APPROVED}, to wait for the allocation, on a note-of-interest session whose allocation
     * is not confirmed.
     */
    BookingStatus placing(CourseSession session) {
        if (session.getCourse().getBookingMode() == BookingMode.NOTE_OF_INTEREST && !Allocation.confirmedFor(em, session)) {
            return BookingStatus.APPROVED;
        }
        return takePlace(session) ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED;
    }

    /** The first active people on the session's waiting list, in its order. */
    List<Booking> waitingList(CourseSession session, int most) {
        return em.createNamedQuery(Booking.WAITING_LIST, Booking.class).setParameter("session", session)
                .setParameter("waitlisted", BookingStatus.WAITLISTED).setParameter("active", true).setMaxResults(most)
                .getResultList();
    }

    /** Offers a held place to someone on the waiting list until the offer expires (never beyond the start). */
    void offer(Booking next, CourseSession session, Instant now) {
        Instant expiry = now.plus(BookingSettings.offerLasts());
        next.offerUntil(expiry.isAfter(session.getStartsAt()) ? session.getStartsAt() : expiry);
        move(next, BookingStatus.OFFERED, now, null, ActorRole.SYSTEM, BookingEvent.REASON_PLACE_FREED);
    }

    /**
     * A place has been freed: it is offered to the first active person on the waiting list, held for them until the
     * offer expires (never beyond the session's start); with nobody waiting, or once the session has started, it
     * becomes free.
     */
    void passOnPlace(CourseSession session, Instant now) {
        List<Booking> waiting = waitingList(session, 1);
        if (waiting.isEmpty() || !now.isBefore(session.getStartsAt())) {
            em.createQuery("update CourseSession s set s.placesTaken = s.placesTaken - 1 where s.id = :id and s.placesTaken > 0")
                    .setParameter("id", session.getId()).executeUpdate();
            return;
        }
        offer(waiting.get(0), session, now);
    }
}
