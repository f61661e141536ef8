package org.learningnetwork.teamrequest;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The learning team's requests for bespoke learning: the open ones, oldest first, and those answered in the last
 * ninety days. One request ({@code ?id=}) is answered at a time: accept it, decline it saying why, or set one of the
 * course's sessions for the team, which books its members onto it.
 */
@Named
@ViewScoped
public class TeamRequestQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "answerForm";
    private static final int ANSWERED_DAYS = 90;

    @Inject
    private TeamRequestService service;

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    private String id;
    private TeamRequest request;
    private String response;
    private Long sessionId;
    private List<TeamRequest> open;
    private List<TeamRequest> answered;
    private List<CourseSession> sessionChoices;
    private List<TeamRequestService.Outcome> outcomes;

    public void load() {
        if (id != null && !id.isBlank()) {
            try {
                request = service.find(Long.parseLong(id.strip()));
            } catch (NotFoundException | NumberFormatException e) {
                NotFound.respond();
                return;
            }
        }
        open = service.open();
        answered = service.answered(ANSWERED_DAYS);
    }

    public String accept() {
        return done(messages.attempt(FORM, () -> service.accept(request.getId(), request.getVersion(), response)).isPresent(),
                "teamRequest.accepted");
    }

    public String decline() {
        return done(messages.attempt(FORM, () -> service.decline(request.getId(), request.getVersion(), response)).isPresent(),
                "teamRequest.declined");
    }

    /** Sets the chosen session and books the team; stays on the page to show how each booking went. */
    public void schedule() {
        messages.attempt(FORM, () -> service.schedule(request.getId(), request.getVersion(), sessionId, response)).ifPresent(done -> {
            outcomes = done.outcomes();
            request = done.request();
            messages.noticeAfterRedirect("teamRequest.scheduled");
            open = service.open();
            answered = service.answered(ANSWERED_DAYS);
        });
    }

    private String done(boolean ok, String notice) {
        if (!ok) {
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/coordinator/team-requests?faces-redirect=true";
    }

    /**
     * The sessions the team can be set on: upcoming ones taking bookings or not yet open, of the course asked for (of
     * any course for a topic of the manager's own).
     */
    public List<CourseSession> getSessionChoices() {
        if (sessionChoices == null && request != null) {
            Instant now = Instant.now();
            List<CourseSession> upcoming = courses.schedule(now, now.plus(400, ChronoUnit.DAYS), null, null);
            sessionChoices = upcoming.stream()
                    .filter(s -> s.getStatus() == SessionStatus.PLANNED || s.getStatus() == SessionStatus.OPEN)
                    .filter(s -> request.getCourse() == null || s.getCourse().getId().equals(request.getCourse().getId()))
                    .toList();
        }
        return sessionChoices == null ? List.of() : sessionChoices;
    }

    public TeamRequest getRequest() {
        return request;
    }

    public List<TeamRequest> getOpen() {
        return open;
    }

    public List<TeamRequest> getAnswered() {
        return answered;
    }

    public List<TeamRequestService.Outcome> getOutcomes() {
        return outcomes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
