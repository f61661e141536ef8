package org.learningnetwork.actionlearning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * A person's reflective log on a set ({@code /my/reflective-log.xhtml?set=}, {@code &entry=} to change an entry):
 * their entries, newest first, one written or changed (perhaps about a meeting held, perhaps shared with the set's
 * facilitators), and deleted. A set they never took part in, or someone else's entry, is the not-found page.
 */
@Named
@ViewScoped
public class ReflectiveLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "entryForm";

    @Inject
    private ReflectiveLogService logs;

    @Inject
    private Messages messages;

    private String set;
    private String entry;
    private transient ReflectiveLogService.Log log;
    private long setId;
    private Long entryId;
    private LocalDate writtenOn;
    private String text;
    private String meetingId;
    private boolean shared;

    public void load() {
        if (log != null) {
            return;
        }
        try {
            setId = Long.parseLong(set == null ? "" : set.strip());
            log = logs.log(setId);
            writtenOn = LocalDate.now(Installation.zone());
            if (entry != null && !entry.isBlank()) {
                long wanted = Long.parseLong(entry.strip());
                ReflectiveLogEntry found = log.entries().stream().filter(e -> e.getId() == wanted).findFirst()
                        .orElseThrow(() -> new NotFoundException("ReflectiveLogEntry", wanted));
                entryId = found.getId();
                writtenOn = found.getWrittenOn();
                text = found.getText();
                meetingId = found.getMeeting() == null ? null : String.valueOf(found.getMeeting().getId());
                shared = found.isShared();
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public ReflectiveLogService.Log getLog() {
        if (log == null) {
            try {
                log = logs.log(setId);
            } catch (NotFoundException e) {
                NotFound.respond();
            }
        }
        return log;
    }

    public String save() {
        Long meeting = meetingId == null || meetingId.isBlank() ? null : parsed(meetingId);
        return messages.attempt(FORM, () -> logs.save(setId, entryId, meeting, writtenOn, text, shared)).map(saved -> {
            messages.noticeAfterRedirect(entryId == null ? "log.written" : "common.saved");
            return page();
        }).orElse(null);
    }

    public String delete(long id) {
        return messages.attempt("entriesForm", () -> {
            logs.delete(id);
            return id;
        }).map(done -> {
            messages.noticeAfterRedirect("log.deleted");
            return page();
        }).orElse(null);
    }

    private String page() {
        return "/my/reflective-log?faces-redirect=true&set=" + setId;
    }

    private static Long parsed(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public boolean isEditing() {
        return entryId != null;
    }

    public String getSet() {
        return set;
    }

    public void setSet(String set) {
        this.set = set;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}
