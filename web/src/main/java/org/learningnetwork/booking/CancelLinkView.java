package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.platform.LinkPage;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * The page a learner without a sign-in reaches from the mails about their booking ({@code /cancel-booking.xhtml?token=}):
 * the booking, and a button to cancel it (saying why, if they wish), without signing in. A link that is not ours
 * (404), was used or has expired with the session's start (410) gets a page that says so, and changes nothing.
 */
@Named
@RequestScoped
public class CancelLinkView extends LinkPage<Booking> {

    static final String FORM = "cancelForm";

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private Booking cancelled;
    private String reason;

    @Override
    protected Booking read(String token) throws RejectedException {
        return bookings.bookingByCancelLink(token);
    }

    public String cancel() {
        messages.attempt(FORM, () -> bookings.cancelByLink(getToken(), reason)).ifPresent(done -> cancelled = done);
        return null;
    }

    /** Whether the booking can still be cancelled: it counts (a request, a place, the waiting list, an offer). */
    public boolean isCancellable() {
        return getBooking() != null && getBooking().getStatus().isActive();
    }

    public Booking getBooking() {
        return subject();
    }

    public Booking getCancelled() {
        return cancelled;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
