package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.MyBookingLine;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The signed-in user's bookings ({@code /api/my/bookings}): list, apply, cancel. The caller is signed in
 * with the application's session (the path is protected like the "My learning" pages); requests that
 * change something must be sent as JSON, which a form on another site cannot do.
 */
@Path("my/bookings")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class BookingResource {

    /** What applying takes: the session, and optionally the learning need and the workforce-group confirmation. */
    public record Application(Long sessionId, String need, String adjustments, boolean confirmGroupMismatch) {
    }

    /** A booking as the API gives it. */
    public record BookingJson(long id, long sessionId, long courseId, String courseTitle, Instant startsAt, String status,
                              Instant appliedAt, Instant offerExpiresAt, boolean lateCancellation) {
        static BookingJson of(Booking b) {
            return new BookingJson(b.getId(), b.getSession().getId(), b.getSession().getCourse().getId(),
                    b.getSession().getCourse().getTitle(), b.getSession().getStartsAt(), b.getStatus().name(), b.getAppliedAt(),
                    b.getOfferExpiresAt(), b.isLateCancellation());
        }

        static BookingJson of(MyBookingLine b) {
            return new BookingJson(b.getBookingId(), b.getSessionId(), b.getCourseId(), b.getCourseTitle(), b.getStartsAt(),
                    b.getStatus().name(), b.getAppliedAt(), b.getOfferExpiresAt(), b.isLateCancellation());
        }
    }

    @Inject
    private BookingService bookings;

    @Inject
    private BookingQueries queries;

    @GET
    public List<BookingJson> mine() throws RejectedException {
        return queries.myBookings().stream().map(BookingJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(Application application) throws RejectedException, NotFoundException {
        if (application == null || application.sessionId() == null) {
            throw new BadParameterException("sessionId", "sessionId is required.");
        }
        Booking booking = bookings.apply(application.sessionId(), application.need(), application.adjustments(),
                application.confirmGroupMismatch());
        return Response.status(Response.Status.CREATED).entity(BookingJson.of(booking)).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingJson cancel(@PathParam("id") String id, NoFields body) throws RejectedException, NotFoundException {
        return BookingJson.of(bookings.cancel(QueryParameters.id("id", id), null));
    }
}
