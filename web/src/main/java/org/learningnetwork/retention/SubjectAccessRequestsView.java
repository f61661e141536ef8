package org.learningnetwork.retention;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.learningnetwork.platform.Messages;

/** Subject access requests: the officer records and answers them against their deadline; a person asks for a copy. */
@Named
@ViewScoped
public class SubjectAccessRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectAccessRequests requests;

    @Inject
    private Messages messages;

    private List<SubjectAccessRequest> open;
    private LocalDate today;
    private String workEmail;
    private String receivedOn;

    public List<SubjectAccessRequest> getOpen() {
        if (open == null) {
            open = requests.open();
            today = requests.today();
        }
        return open;
    }

    /** Whether the request is past its due date unanswered. */
    public boolean overdue(SubjectAccessRequest request) {
        getOpen();
        return request.isOverdue(today);
    }

    /** The officer records a request received on the day typed (blank: today). */
    public void record() {
        LocalDate received = null;
        boolean readable = true;
        try {
            received = receivedOn == null || receivedOn.isBlank() ? null : LocalDate.parse(receivedOn.strip());
        } catch (DateTimeParseException e) {
            readable = false;
        }
        if (!readable) {
            messages.error("recordForm:receivedOn", "subjectAccess.receivedOn.date");
            return;
        }
        LocalDate day = received;
        messages.attempt("recordForm", () -> requests.record(workEmail, day)).ifPresent(r -> reload("subjectAccess.recorded", "/dpo/requests.xhtml"));
    }

    /** The officer marks a request answered. */
    public void answer(long requestId) {
        messages.attempt("requestsForm", () -> requests.answer(requestId)).ifPresent(r -> reload("subjectAccess.answeredNotice", "/dpo/requests.xhtml"));
    }

    /** The signed-in person asks the officer for a copy of their data. */
    public void requestMine() {
        messages.attempt("copyForm", () -> requests.requestMine()).ifPresent(r -> reload("subjectAccess.requested", "/my/index.xhtml"));
    }

    private void reload(String notice, String page) {
        messages.noticeAfterRedirect(notice);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }
}
