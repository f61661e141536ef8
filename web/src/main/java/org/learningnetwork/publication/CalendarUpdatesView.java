package org.learningnetwork.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;

/**
 * The learning team's calendar updates: the service managers they go to (added by work address, removed), how many
 * addresses an update reaches with the sub-groups' lists, the updates sent, and sending one now.
 */
@Named
@ViewScoped
public class CalendarUpdatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "managerForm";

    @Inject
    private CalendarUpdateService service;

    @Inject
    private Messages messages;

    private String email;
    private List<ServiceManager> managers;
    private List<CalendarUpdate> sent;
    private int recipients;

    public void load() {
        managers = service.serviceManagers();
        sent = service.sent(24);
        recipients = service.recipients().size();
    }

    public void add() {
        messages.attempt(FORM, () -> service.addServiceManager(email))
                .ifPresent(added -> messages.noticeAndGoTo("/coordinator/calendar-updates.xhtml", "calendarUpdates.added.notice"));
    }

    public void remove(long personId) {
        messages.attempt(FORM, () -> {
            service.removeServiceManager(personId);
            return personId;
        }).ifPresent(done -> messages.noticeAndGoTo("/coordinator/calendar-updates.xhtml", "calendarUpdates.removed.notice"));
    }

    public void sendNow() {
        messages.attempt("sendForm", () -> service.sendNow())
                .ifPresent(update -> messages.noticeAndGoTo("/coordinator/calendar-updates.xhtml", "calendarUpdates.sent.notice",
                        update.getRecipients(), update.getSessions()));
    }

    public List<ServiceManager> getManagers() {
        return managers;
    }

    public List<CalendarUpdate> getSent() {
        return sent;
    }

    public int getRecipients() {
        return recipients;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
