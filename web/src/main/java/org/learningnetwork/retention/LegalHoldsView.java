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
    private LegalHoldService holds;

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
            messages.noticeAndGoTo("/dpo/holds.xhtml", "legalHold.placed", hold.getPerson().getFullName());
        });
    }

    /** Releases a hold in place. */
    public void release(long holdId) {
        messages.attempt("holdsForm", () -> holds.release(holdId)).ifPresent(hold -> {
            messages.noticeAndGoTo("/dpo/holds.xhtml", "legalHold.releasedNotice", hold.getPerson().getFullName());
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
}
