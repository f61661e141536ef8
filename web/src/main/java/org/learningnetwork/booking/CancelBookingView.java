package org.learningnetwork.booking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The learner confirms cancelling one of their bookings ({@code /my/cancel.xhtml?booking=}): what they are giving up,
 * whether it would be a late cancellation, and why (optional). Someone else's booking, or an unknown one, is not found;
 * one that can no longer be cancelled says so.
 */
@Named
@ViewScoped
public class CancelBookingView implements Serializable {

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
            booking = queries.myBooking(Long.parseLong(bookingId == null ? "" : bookingId.strip()));
        } catch (NumberFormatException | NotFoundException | RejectedException e) {
            NotFound.respond();
        }
    }

    /** Whether it can still be cancelled: it counts, and the session has not started. */
    public boolean isCancellable() {
        return booking != null && booking.getStatus().isActive() && Instant.now().isBefore(booking.getSession().getStartsAt());
    }

    /** Whether cancelling it now would be late (the committees' figures count late cancellations). */
    public boolean isLate() {
        return booking != null && CancellationPolicy.isLate(Instant.now(), booking.getSession().getStartsAt(), true, booking.getStatus(),
                BookingSettings.lateCancellationWorkingDays(), Installation.zone());
    }

    /** How many working days before the session a cancellation becomes late. */
    public int getLateWorkingDays() {
        return BookingSettings.lateCancellationWorkingDays();
    }

    public String confirm() {
        Optional<Booking> cancelled = messages.attempt(FORM, () -> bookings.cancel(booking.getId(), reason));
        if (cancelled.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect(cancelled.get().isLateCancellation() ? "cancelBooking.doneLate" : "myBookings.cancelled");
        return "/my/index?faces-redirect=true";
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
