package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.platform.NotFoundException;

/** {@code GET /api/sessions/{id}/roster}: everyone booked on a session, for the learning team (COORDINATOR, ADMIN). */
@Path("sessions/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RosterResource {

    /** One booking on the roster; the waiting list comes in its order. */
    public record RosterEntry(long bookingId, long personId, String name, String workEmail, String organisation, String status,
                              Instant appliedAt, Instant queuedAt, boolean lateCancellation, String adjustments) {
        static RosterEntry of(Booking b) {
            return new RosterEntry(b.getId(), b.getPerson().getId(), b.getPerson().getFullName(), b.getPerson().getWorkEmail(),
                    b.getPerson().getOrganisation().getName(), b.getStatus().name(), b.getAppliedAt(), b.getQueuedAt(),
                    b.isLateCancellation(), b.getAdjustments());
        }
    }

    @Inject
    private BookingQueries bookings;

    @Inject
    private AuditLog audit;

    @GET
    public List<RosterEntry> roster(@PathParam("id") String id) throws NotFoundException {
        long sessionId = QueryParameters.id("id", id);
        List<RosterEntry> roster = bookings.roster(sessionId).stream().map(RosterEntry::of).toList();
        audit.record(AuditAction.EXPORTED, "CourseSession", sessionId, "roster.api");
        return roster;
    }
}
