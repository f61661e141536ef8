package org.learningnetwork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;

/**
 * Every five minutes, ends waiting-list offers that have expired and offers each place to the next person
 * waiting. Each server instance runs it (not persistent); the session row lock makes a second run at the
 * same moment find nothing left to do. The timeout method is not part of any client view.
 */
@Stateless
@PermitAll
public class OfferExpiryTimer {

    @EJB
    private BookingService bookings;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "waiting-list offer expiry")
    void expireOffers() {
        bookings.expireOffers();
    }
}
