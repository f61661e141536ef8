package org.learningnetwork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.learningnetwork.platform.Leases;

/**
 * Every five minutes, ends waiting-list offers that have expired and offers each place to the next person
 * waiting, on one server instance at a time (the session row lock would also make a second run at the same moment
 * find nothing left to do). The timeout method is not part of any client view.
 */
@Stateless
@PermitAll
public class OfferExpiryTimer {

    /** The work name of the offer expiry's lease. */
    public static final String WORK = "offer-expiry";

    @EJB
    private SessionBookings bookings;

    @EJB
    private Leases leases;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "waiting-list offer expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expireOffers() {
        leases.alone(WORK, () -> {
            bookings.expireOffers();
            return null;
        });
    }
}
