package org.learningnetwork.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.learningnetwork.platform.Messages;

/** Legal holds for the data protection officer: place one on a person, see those in place, release one. */
@Named
@ViewScoped
public class LegalHoldsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LegalHolds holds;

    @Inject
    private Messages messages;

    private List<LegalHold> active;
    private String workEmail;
    private String reason;
    private String reviewOn;

    public List<LegalHold> getActive() {
        if (active == null) {
            active = holds.active();
        }
        return active;
    }

    /** Places the hold typed in, or shows what is wrong on its fields. */
    public void place() {
        LocalDate review = null;
        try {
            review = reviewOn == null || reviewOn.isBlank() ? null : LocalDate.parse(reviewOn.strip());
        } catch (DateTimeParseException e) {
            // Reported by the service on the field, as a date that is needed.
        }
        LocalDate date = review;
        messages.attempt("holdForm", () -> holds.place(workEmail, reason, date)).ifPresent(hold -> {
            messages.noticeAfterRedirect("legalHold.placed", hold.getPerson().getFullName());
            reload();
        });
    }

    /** Releases a hold in place. */
    public void release(long holdId) {
        messages.attempt("holdsForm", () -> holds.release(holdId)).ifPresent(hold -> {
            messages.noticeAfterRedirect("legalHold.releasedNotice", hold.getPerson().getFullName());
            reload();
        });
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(String reviewOn) {
        this.reviewOn = reviewOn;
    }

    /** After a change, the page again (fresh, with the notice), so that reloading it does not repeat the change. */
    private static void reload() {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/dpo/holds.xhtml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
