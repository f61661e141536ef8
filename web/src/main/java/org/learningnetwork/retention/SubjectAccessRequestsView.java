package org.learningnetwork.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private SubjectAccessRequestService requests;

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
        messages.attempt("recordForm", () -> requests.record(workEmail, day)).ifPresent(r -> messages.noticeAndGoTo("/dpo/requests.xhtml", "subjectAccess.recorded"));
    }

    /** The officer marks a request answered. */
    public void answer(long requestId) {
        messages.attempt("requestsForm", () -> requests.answer(requestId)).ifPresent(r -> messages.noticeAndGoTo("/dpo/requests.xhtml", "subjectAccess.answeredNotice"));
    }

    /** The signed-in person asks the officer for a copy of their data. */
    public void requestMine() {
        messages.attempt("copyForm", () -> requests.requestMine()).ifPresent(r -> messages.noticeAndGoTo("/my/index.xhtml", "subjectAccess.requested"));
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
