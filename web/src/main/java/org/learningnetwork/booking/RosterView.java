package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.DateText;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The learning team's roster of a session ({@code /coordinator/roster.xhtml?session=}): who is booked and how. Each
 * booking that counts links to the page that cancels it with a reason ({@link CancelPlaceView}).
 */
@Named
@RequestScoped
public class RosterView {

    @Inject
    private CourseService courses;

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    /**
     * A line of the roster as the page shows it, its texts made once here: a hundred rows of expressions (messages,
     * dates and the queue looked up cell by cell) were most of what the page cost to write. Getters, not a record:
     * Jakarta Expression Language 5 reads properties by their getters only.
     */
    public static final class Row {
        private final long bookingId;
        private final String name;
        private final String organisation;
        private final String status;
        private final String applied;
        private final Integer position;
        private final String adjustments;
        private final boolean requested;
        private final boolean active;

        Row(RosterLine line, String status, String applied, Integer position) {
            this.bookingId = line.bookingId();
            this.name = line.fullName();
            this.organisation = line.organisation();
            this.status = status;
            this.applied = applied;
            this.position = position;
            this.adjustments = line.adjustments();
            this.requested = line.status() == BookingStatus.REQUESTED;
            this.active = line.status().isActive();
        }

        public long getBookingId() {
            return bookingId;
        }

        public String getName() {
            return name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getStatus() {
            return status;
        }

        public String getApplied() {
            return applied;
        }

        public Integer getPosition() {
            return position;
        }

        public String getAdjustments() {
            return adjustments;
        }

        public boolean isRequested() {
            return requested;
        }

        public boolean isActive() {
            return active;
        }
    }

    private String sessionId;
    private CourseSession session;
    private List<RosterLine> roster = List.of();
    private List<Row> rows;
    private final Map<Long, Integer> queuePositions = new HashMap<>();

    static final String FORM = "rosterForm";
    static final String BULK_FORM = "bulkForm";

    private String people;

    @Inject
    private Messages messages;

    /** Loads the session and its bookings (view action); an unknown or malformed id shows the not-found page. */
    public void load() {
        if (session != null) {
            return;
        }
        if (sessionId == null) {
            // A post from the roster's form carries the session in a hidden field, read before view parameters are.
            sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("session");
        }
        if (sessionId == null && FacesContext.getCurrentInstance().isPostback()) {
            // Another form on the page (signing out) was sent: nothing of this page is needed.
            return;
        }
        queuePositions.clear();
        try {
            long id = Long.parseLong(sessionId == null ? "" : sessionId.strip());
            session = courses.findSession(id);
            roster = queries.rosterLines(id);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
            return;
        }
        int position = 0;
        for (RosterLine line : roster) {
            if (line.status() == BookingStatus.WAITLISTED) {
                queuePositions.put(line.bookingId(), ++position);
            }
        }
    }

    public long count(String status) {
        return roster.stream().filter(line -> line.status().name().equals(status)).count();
    }

    /** The roster's lines, in its order. */
    public List<Row> getRows() {
        if (rows == null) {
            String late = " (" + messages.text("myBookings.late") + ")";
            rows = getRoster().stream().map(line -> new Row(line,
                    messages.text("rosterStatus." + line.status()) + (line.lateCancellation() ? late : ""),
                    DateText.dayAndTime(line.appliedAt()), queuePositions.get(line.bookingId()))).toList();
        }
        return rows;
    }

    public CourseSession getSession() {
        return session;
    }

    public List<RosterLine> getRoster() {
        if (session == null) {
            load();
        }
        return roster;
    }

    /** A coordinator approves a request on the line manager's behalf (recorded as such). */
    public String approve(long bookingId) {
        return done(messages.attempt(FORM, () -> bookings.approve(bookingId)).isPresent(), "roster.approved");
    }

    /**
     * Books the staff named in the list (work e-mail addresses, one per line) onto the session; with any problem
     * nobody is booked and each problem is shown with the line it is about.
     */
    public String bookNamed() {
        load();
        if (session == null) {
            return null;
        }
        List<String> lines = java.util.Arrays.stream(people == null ? new String[0] : people.split("[\\r\\n,;]+"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        try {
            int booked = bookings.bookNamed(session.getId(), lines).size();
            messages.noticeAfterRedirect("roster.bulk.booked", booked);
            return "/coordinator/roster?faces-redirect=true&session=" + session.getId();
        } catch (RejectedException e) {
            for (RejectedException.Problem problem : e.getProblems()) {
                int item = problem.field() == null || !problem.field().startsWith("people[") ? -1
                        : Integer.parseInt(problem.field().substring(7, problem.field().length() - 1));
                if (item < 0) {
                    messages.error(BULK_FORM + ":people", problem.messageKey());
                } else {
                    messages.error(BULK_FORM + ":people", "roster.bulk.line", lines.get(item), messages.text(problem.messageKey()));
                }
            }
            return null;
        } catch (NotFoundException e) {
            NotFound.respond();
            return null;
        }
    }

    /** The list of staff to book, as typed. */
    public String getPeople() {
        return people;
    }

    public void setPeople(String people) {
        this.people = people;
    }

    private String done(boolean changed, String notice) {
        if (!changed) {
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/coordinator/roster?faces-redirect=true&session=" + session.getId();
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
