package org.learningnetwork.booking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;

/**
 * The steps every change of a booking is made of, shared by the services that change bookings: a move to a new
 * status (recorded, and told to the learner by e-mail) and taking a place. Callers hold the session's row lock.
 */
@Dependent
class BookingMoves {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BookingMails mails;

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
}
