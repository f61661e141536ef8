package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * The page a learner without a sign-in reaches from the mails about their booking ({@code /cancel-booking.xhtml?token=}):
 * the booking, and a button to cancel it (saying why, if they wish), without signing in. A link that is not ours
 * (404), was used or has expired with the session's start (410) gets a page that says so, and changes nothing.
 */
@Named
@RequestScoped
public class CancelLinkView {

    static final String FORM = "cancelForm";

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private String token;
    private boolean loaded;
    private Booking booking;
    private String problem;
    private Booking cancelled;
    private String reason;

    /** Reads the booking the link is for (view action); a link that does not work is explained instead. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (token == null) {
            // A post from the page carries the token in a hidden field, read before view parameters are.
            token = external.getRequestParameterMap().get("token");
        }
        try {
            booking = bookings.bookingByCancelLink(token);
        } catch (RejectedException e) {
            problem = e.getProblems().get(0).messageKey();
            external.setResponseStatus("link.invalid".equals(problem) ? 404 : 410);
        }
    }

    public String cancel() {
        messages.attempt(FORM, () -> bookings.cancelByLink(token, reason)).ifPresent(done -> cancelled = done);
        return null;
    }

    /** Whether the booking can still be cancelled: it counts (a request, a place, the waiting list, an offer). */
    public boolean isCancellable() {
        return getBooking() != null && booking.getStatus().isActive();
    }

    public Booking getBooking() {
        load();
        return booking;
    }

    public String getProblem() {
        load();
        return problem;
    }

    public Booking getCancelled() {
        return cancelled;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
