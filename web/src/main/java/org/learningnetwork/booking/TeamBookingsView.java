package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Messages;

/**
 * A line manager's "My team's bookings" ({@code /my/team.xhtml}): their staff's bookings, and booking one of
 * them onto a session on their behalf (which counts as approved).
 */
@Named
@RequestScoped
public class TeamBookingsView {

    static final String FORM = "bookForm";

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @Inject
    private Messages messages;

    @Inject
    private org.learningnetwork.platform.Dates dates;

    private List<Booking> teamBookings;
    private List<Person> staff;
    private List<CourseSession> sessions;
    private Long personId;
    private Long sessionId;
    private String needLevel;
    private String need;

    public List<Booking> getBookings() {
        if (teamBookings == null) {
            teamBookings = messages.attempt(FORM, () -> queries.myTeamsBookings()).orElse(List.of());
        }
        return teamBookings;
    }

    public List<Person> getStaff() {
        if (staff == null) {
            staff = messages.attempt(FORM, () -> queries.myStaff()).orElse(List.of());
        }
        return staff;
    }

    /**
     * A session as the list names it, with what booking it would do, before the manager books: places left, full (the
     * person would join the waiting list), or places given when booking closes.
     */
    public String sessionLabel(CourseSession session) {
        String when = dates.dayAndTime(session.getStartsAt());
        if (session.getCourse().getBookingMode() == org.learningnetwork.catalogue.BookingMode.NOTE_OF_INTEREST) {
            return messages.text("team.session.allocated", session.getCourse().getTitle(), when);
        }
        int left = session.getPlacesLeft();
        return left > 0 ? messages.text("team.session.placesLeft", session.getCourse().getTitle(), when, left)
                : messages.text("team.session.full", session.getCourse().getTitle(), when);
    }

    public List<CourseSession> getSessions() {
        if (sessions == null) {
            sessions = queries.bookableSessions();
        }
        return sessions;
    }

    /** Books the chosen member of staff onto the chosen session; a missing choice is shown on its field. */
    public String book() {
        if (personId == null) {
            messages.error(FORM + ":person", "team.person.required");
        }
        if (sessionId == null) {
            messages.error(FORM + ":session", "team.session.required");
        }
        if (messages.failed()) {
            return null;
        }
        return messages.attempt(FORM, () -> bookings.bookOnBehalf(sessionId, personId, need, NeedLevels.parse(needLevel)))
                .map(booking -> {
                    messages.noticeAfterRedirect("team.booked." + booking.getStatus().name());
                    return "/my/team?faces-redirect=true";
                }).orElse(null);
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(String needLevel) {
        this.needLevel = needLevel;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }
}
