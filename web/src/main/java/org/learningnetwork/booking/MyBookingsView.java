package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.security.CurrentUser;

/** The learner's bookings on "My learning": their state, and cancelling or answering an offer of a place. */
@Named
@RequestScoped
public class MyBookingsView {

    static final String FORM = "bookings";

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private LearningRecordService records;

    private List<MyBookingLine> mine;
    private List<LearningRecord> record;
    private final Instant now = Instant.now();

    public List<MyBookingLine> getBookings() {
        if (mine == null) {
            mine = currentUser.hasRole(Roles.LEARNER)
                    ? messages.attempt(FORM, () -> queries.myBookings()).orElse(List.of())
                    : List.of();
        }
        return mine;
    }

    /** The learner's learning record, the latest first. */
    public List<LearningRecord> getRecord() {
        if (record == null) {
            record = currentUser.hasRole(Roles.LEARNER) ? records.mine() : List.of();
        }
        return record;
    }

    /** Whether the booking can still be cancelled by its learner: it counts, and the session has not started. */
    public boolean canCancel(MyBookingLine booking) {
        return booking.cancellableAt(now);
    }

    public String accept(long bookingId) {
        return done(messages.attempt(FORM, () -> bookings.acceptOffer(bookingId)).isPresent(), "myBookings.accepted");
    }

    public String refuse(long bookingId) {
        return done(messages.attempt(FORM, () -> bookings.refuseOffer(bookingId)).isPresent(), "myBookings.refused");
    }

    private String done(boolean changed, String notice) {
        if (!changed) {
            mine = null;
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/my/index?faces-redirect=true";
    }
}
