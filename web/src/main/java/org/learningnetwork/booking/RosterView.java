package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/** The learning team's roster of a session ({@code /coordinator/roster.xhtml?session=}): who is booked and how. */
@Named
@RequestScoped
public class RosterView {

    @Inject
    private CourseService courses;

    @Inject
    private BookingService bookings;

    private String sessionId;
    private CourseSession session;
    private List<Booking> roster = List.of();
    private final Map<Long, Integer> queuePositions = new HashMap<>();

    /** Loads the session and its bookings (view action); an unknown or malformed id shows the not-found page. */
    public void load() {
        try {
            long id = Long.parseLong(sessionId == null ? "" : sessionId.strip());
            session = courses.findSession(id);
            roster = bookings.roster(id);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
            return;
        }
        int position = 0;
        for (Booking booking : roster) {
            if (booking.getStatus() == BookingStatus.WAITLISTED) {
                queuePositions.put(booking.getId(), ++position);
            }
        }
    }

    public long count(String status) {
        return roster.stream().filter(b -> b.getStatus().name().equals(status)).count();
    }

    /** A wait-listed booking's place in the queue, from 1; {@code null} for others. */
    public Integer queuePosition(Booking booking) {
        return queuePositions.get(booking.getId());
    }

    public CourseSession getSession() {
        return session;
    }

    public List<Booking> getRoster() {
        return roster;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
