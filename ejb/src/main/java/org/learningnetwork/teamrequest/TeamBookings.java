package org.learningnetwork.teamrequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.learningnetwork.access.Roles;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * Books one member of a team onto the session set for it, on their behalf, in a transaction of its own: a member the
 * booking rules refuse is reported and rolls back only their own booking, never the others' or the request's answer.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TeamBookings {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BookingService bookings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TeamRequestService.Outcome book(long sessionId, long personId) {
        Person member = em.find(Person.class, personId);
        try {
            Booking booking = bookings.bookOnBehalf(sessionId, personId, "Bespoke session for their team");
            return new TeamRequestService.Outcome(member, booking.getStatus(), null);
        } catch (RejectedException e) {
            return new TeamRequestService.Outcome(member, null, e.getProblems().isEmpty() ? null : e.getProblems().get(0).messageKey());
        } catch (NotFoundException e) {
            return new TeamRequestService.Outcome(member, null, "teamRequest.member.gone");
        }
    }
}
