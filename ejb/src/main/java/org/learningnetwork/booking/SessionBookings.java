package org.learningnetwork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionCancelled;
import org.learningnetwork.catalogue.SessionLocks;
import org.learningnetwork.catalogue.SessionPlacesAdded;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.NotFoundException;

/**
 * What happens to a session's bookings without anyone booking: offers from the waiting list that expire (every few
 * minutes, {@link OfferExpiryTimer}), and the learning team's changes to the session itself (called off; more
 * places), observed in the learning team's transaction.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SessionBookings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SessionLocks locks;

    @Inject
    private BookingMoves moves;

    /**
     * Ends waiting-list offers that have expired, passing each place on to the next person waiting; returns how many.
     * Open to any caller, as it only does what is due anyway.
     */
    @PermitAll
    @ChangesPublicContent
    public int expireOffers() {
        Instant now = clock.instant();
        List<Long> expired = em.createNamedQuery(Booking.EXPIRED_OFFERS, Long.class).setParameter("offered", BookingStatus.OFFERED)
                .setParameter("now", now).getResultList();
        int count = 0;
        for (Long id : expired) {
            Booking booking = em.find(Booking.class, id);
            locks.lock(booking.getSession());
            em.refresh(booking);
            if (booking.getStatus() == BookingStatus.OFFERED && !booking.getOfferExpiresAt().isAfter(now)) {
                moves.move(booking, BookingStatus.CANCELLED, now, null, ActorRole.SYSTEM, BookingEvent.REASON_OFFER_EXPIRED);
                moves.passOnPlace(booking.getSession(), now);
                count++;
            }
        }
        return count;
    }

    /** When a session is called off, every booking on it that still counts is cancelled and its places are no longer held. */
    public void sessionCancelled(@Observes SessionCancelled cancelled) throws NotFoundException {
        Instant now = clock.instant();
        CourseSession session = locks.locked(cancelled.sessionId());
        for (Booking booking : em.createNamedQuery(Booking.ON_SESSION, Booking.class).setParameter("session", session).getResultList()) {
            if (BookingStatus.Move.CANCEL.allowedFrom(booking.getStatus())) {
                moves.move(booking, BookingStatus.CANCELLED, now, null, ActorRole.SYSTEM, BookingEvent.REASON_SESSION_CANCELLED);
            }
        }
        em.createQuery("update CourseSession s set s.placesTaken = 0 where s.id = :id").setParameter("id", session.getId())
                .executeUpdate();
    }

    /** When a session gets more places, people on its waiting list are offered them, in order. */
    public void placesAdded(@Observes SessionPlacesAdded added) throws NotFoundException {
        Instant now = clock.instant();
        CourseSession session = locks.locked(added.sessionId());
        for (Booking next : moves.waitingList(session, session.getCapacity())) {
            if (!now.isBefore(session.getStartsAt()) || !moves.takePlace(session)) {
                return;
            }
            moves.offer(next, session, now);
        }
    }
}
