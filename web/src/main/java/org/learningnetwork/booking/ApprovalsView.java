package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;

/** A line manager's requests to decide ({@code /my/approvals.xhtml}): approve, or decline with a reason. */
@Named
@RequestScoped
public class ApprovalsView {

    static final String FORM = "approvals";

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private Messages messages;

    private List<Booking> waiting;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> needLevels = new HashMap<>();

    public List<Booking> getRequests() {
        if (waiting == null) {
            waiting = messages.attempt(FORM, () -> queries.awaitingMyApproval()).orElse(List.of());
        }
        return waiting;
    }

    public String approve(long bookingId) {
        return done(messages.attempt(FORM, () -> bookings.approve(bookingId, NeedLevels.parse(needLevels.get(bookingId)))).isPresent(), "approvals.approved");
    }

    /** Declines the request shown in row {@code row}: a missing reason is reported on that row's field. */
    public String decline(long bookingId, int row) {
        return done(messages.attempt(FORM + ":rows:" + row, () -> bookings.decline(bookingId, reasons.get(bookingId))).isPresent(),
                "approvals.declined");
    }

    /** The reason typed for each request, by booking id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** The need stated for each request (a {@link NeedLevel} name, or empty), by booking id. */
    public Map<Long, String> getNeedLevels() {
        return needLevels;
    }

    private String done(boolean changed, String notice) {
        if (!changed) {
            waiting = null;
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/my/approvals?faces-redirect=true";
    }
}
