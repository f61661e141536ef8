package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.platform.LinkPage;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * The page a line manager without an account reaches from the e-mail about a request
 * ({@code /approval.xhtml?token=}): the request, to approve or decline with a reason, without signing in.
 * A link that is not ours, was used, or has expired gets a page that says so, and changes nothing.
 */
@Named
@RequestScoped
public class ApprovalLinkView extends LinkPage<Booking> {

    static final String FORM = "approvalForm";

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private String outcome;
    private String reason;
    private String needLevel;

    @Override
    protected Booking read(String token) throws RejectedException {
        return bookings.requestByLink(token);
    }

    public String approve() {
        if (messages.attempt(FORM, () -> bookings.approveByLink(getToken(), NeedLevels.parse(needLevel))).isPresent()) {
            outcome = "approvalLink.approved";
        }
        return null;
    }

    public String decline() {
        if (messages.attempt(FORM, () -> bookings.declineByLink(getToken(), reason)).isPresent()) {
            outcome = "approvalLink.declined";
        }
        return null;
    }

    /** The request the link is for. */
    public Booking getRequest() {
        return subject();
    }

    /** What was done (a message key) once the manager has decided, or {@code null}. */
    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The need the manager states when approving: a {@link NeedLevel} name, or empty. */
    public String getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(String needLevel) {
        this.needLevel = needLevel;
    }
}
