package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.DateText;
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
    private BookableSessionChoices choices;

    @Inject
    private Messages messages;

    /**
     * A line of the team's bookings as the page shows it, its texts made once here rather than by expressions cell by
     * cell (ninety rows of them). Getters, not a record: Jakarta Expression Language 5 reads properties by their getters.
     */
    public static final class Row {
        private final String name;
        private final long courseId;
        private final String courseTitle;
        private final String when;
        private final String status;
        private final String attendance;

        Row(TeamBookingLine line, String status, String attendance) {
            this.name = line.fullName();
            this.courseId = line.courseId();
            this.courseTitle = line.courseTitle();
            this.when = DateText.dayAndTime(line.startsAt());
            this.status = status;
            this.attendance = attendance;
        }

        public String getName() {
            return name;
        }

        public long getCourseId() {
            return courseId;
        }

        public String getCourseTitle() {
            return courseTitle;
        }

        public String getWhen() {
            return when;
        }

        public String getStatus() {
            return status;
        }

        public String getAttendance() {
            return attendance;
        }
    }

    private List<Row> teamBookings;
    private List<Person> staff;
    private List<SelectItem> sessions;
    private Long personId;
    private Long sessionId;
    private String needLevel;
    private String need;

    /** The staff's bookings of the past year and to come, the latest session first. */
    public List<Row> getBookings() {
        if (teamBookings == null) {
            String late = " (" + messages.text("myBookings.late") + ")";
            teamBookings = messages.attempt(FORM, () -> queries.myTeamsBookings()).orElse(List.of()).stream()
                    .map(line -> new Row(line, messages.text("rosterStatus." + line.status()) + (line.lateCancellation() ? late : ""),
                            line.attendance() == null ? "" : messages.text("register." + line.attendance())))
                    .toList();
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
     * The sessions to choose from, as the form's options, each named with what booking it would do before the manager
     * books: places left, full (the person would join the waiting list), or places given when booking closes (labelled
     * once for every manager: {@link BookableSessionChoices}).
     */
    public List<SelectItem> getSessions() {
        if (sessions == null) {
            sessions = choices.options();
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
