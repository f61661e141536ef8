package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;

/**
 * Requests to decide: a line manager's staff's ({@code /my/approvals.xhtml}), and those of people without a line manager
 * that the learning team decides ({@code /coordinator/approvals.xhtml}); approve, or decline with a reason.
 */
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
    private List<Booking> withoutManager;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> needLevels = new HashMap<>();

    public List<Booking> getRequests() {
        if (waiting == null) {
            waiting = messages.attempt(FORM, () -> queries.awaitingMyApproval()).orElse(List.of());
        }
        return waiting;
    }

    /** The learning team's queue: requests from people with no line manager (or one who has left). */
    public List<Booking> getWithoutManager() {
        if (withoutManager == null) {
            withoutManager = messages.attempt(FORM, () -> queries.awaitingLearningTeam()).orElse(List.of());
        }
        return withoutManager;
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
            withoutManager = null;
            return null;
        }
        messages.noticeAfterRedirect(notice);
        // Back to the page the request was decided on: the manager's, or the learning team's.
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return page.substring(0, page.length() - ".xhtml".length()) + "?faces-redirect=true";
    }
}
