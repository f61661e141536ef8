package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * The page a line manager without an account reaches from the e-mail about a request
 * ({@code /approval.xhtml?token=}): the request, to approve or decline with a reason, without signing in.
 * A link that is not ours, was used, or has expired gets a page that says so, and changes nothing.
 */
@Named
@RequestScoped
public class ApprovalLinkView {

    static final String FORM = "approvalForm";

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private String token;
    private boolean loaded;
    private Booking request;
    private String problem;
    private String outcome;
    private String reason;
    private String needLevel;

    /** Reads the request the link is for (view action); a link that does not work is explained instead. */
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
            request = bookings.requestByLink(token);
        } catch (RejectedException e) {
            problem = e.getProblems().get(0).messageKey();
            external.setResponseStatus("link.invalid".equals(problem) ? 404 : 410);
        }
    }

    public String approve() {
        if (messages.attempt(FORM, () -> bookings.approveByLink(token, NeedLevels.parse(needLevel))).isPresent()) {
            outcome = "approvalLink.approved";
        }
        return null;
    }

    public String decline() {
        if (messages.attempt(FORM, () -> bookings.declineByLink(token, reason)).isPresent()) {
            outcome = "approvalLink.declined";
        }
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The request (read on first use: a post from the page needs it before the view action would run). */
    public Booking getRequest() {
        load();
        return request;
    }

    /** Why the link does not work (a message key), or {@code null}. */
    public String getProblem() {
        load();
        return problem;
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
