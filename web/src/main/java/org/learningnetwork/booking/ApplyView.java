package org.learningnetwork.booking;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Applying for a session ({@code /my/apply.xhtml?session=}): the learner may say what they need from it
 * (their line manager sees it), and confirms when told the course is aimed at another workforce group.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";

    @Inject
    private CatalogueService catalogue;

    @Inject
    private BookingService bookings;

    @Inject
    private Messages messages;

    private String sessionId;
    private CourseSession session;
    private String need;
    private boolean confirmGroupMismatch;
    private boolean mismatchWarned;
    private String adjustments;
    private BookingService.BeforeApplying facts;

    /** Loads the session (view action); an unknown or malformed id shows the not-found page. */
    public void load() {
        if (session != null) {
            return;
        }
        try {
            session = catalogue.session(Long.parseLong(sessionId == null ? "" : sessionId.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
            return;
        }
        // Said before the learner writes anything: who decides, and (with the box to confirm) a course for other groups.
        facts = messages.attempt(FORM, () -> bookings.beforeApplying(session.getId())).orElse(null);
        mismatchWarned = facts != null && !facts.suitsGroup();
    }

    public String apply() {
        Optional<Booking> booking = messages.attempt(FORM, () -> bookings.apply(session.getId(), need, adjustments, confirmGroupMismatch));
        if (booking.isEmpty()) {
            mismatchWarned |= FacesContext.getCurrentInstance().getMessages(FORM + ":confirmGroupMismatch").hasNext();
            return null;
        }
        // Who was asked, or, on a course that needs no approval, where the learner now stands.
        messages.noticeAfterRedirect(facts != null && facts.approver() != Approver.NOBODY ? "apply.sent." + facts.approver().name()
                : "apply.done." + booking.get().getStatus().name());
        return "/my/index?faces-redirect=true";
    }

    /** Whether the session takes applications at the moment the page is shown. */
    public boolean isOpen() {
        return session != null && session.acceptsApplications(Instant.now());
    }

    public CourseSession getSession() {
        return session;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public boolean isConfirmGroupMismatch() {
        return confirmGroupMismatch;
    }

    public void setConfirmGroupMismatch(boolean confirmGroupMismatch) {
        this.confirmGroupMismatch = confirmGroupMismatch;
    }

    public String getAdjustments() {
        return adjustments;
    }

    public void setAdjustments(String adjustments) {
        this.adjustments = adjustments;
    }

    /** Who decides the request: {@link Approver}'s name, for the page's words. */
    public String getApprover() {
        return facts == null ? Approver.LINE_MANAGER.name() : facts.approver().name();
    }

    public boolean isMismatchWarned() {
        return mismatchWarned;
    }
}
