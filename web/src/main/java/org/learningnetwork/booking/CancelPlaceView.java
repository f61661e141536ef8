package org.learningnetwork.booking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The learning team cancels someone's booking ({@code /coordinator/cancel-place.xhtml?booking=}), reached from the
 * roster's row: whose booking and on which session, and the reason the learner is told (required). An unknown booking
 * is not found; one that no longer counts says so. Back on the roster afterwards.
 */
@Named
@ViewScoped
public class CancelPlaceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cancelForm";

    @Inject
    private BookingQueries queries;

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private String bookingId;
    private Booking booking;
    private String reason;

    /** Loads the booking (view action). */
    public void load() {
        if (booking != null) {
            return;
        }
        try {
            booking = queries.history(Long.parseLong(bookingId == null ? "" : bookingId.strip()));
        } catch (NumberFormatException | NotFoundException | RejectedException e) {
            NotFound.respond();
        }
    }

    /** Whether it can be cancelled: it still counts (requested, approved, offered, confirmed or waiting). */
    public boolean isCancellable() {
        return booking != null && booking.getStatus().isActive();
    }

    public String confirm() {
        Optional<Booking> cancelled = messages.attempt(FORM, () -> bookings.cancel(booking.getId(), reason));
        if (cancelled.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("roster.cancelled");
        return "/coordinator/roster?faces-redirect=true&session=" + booking.getSession().getId();
    }

    public Booking getBooking() {
        return booking;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
