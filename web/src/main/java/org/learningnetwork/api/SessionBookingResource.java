package org.learningnetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.learningnetwork.api.BookingResource.BookingJson;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.booking.NeedLevel;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * {@code POST /api/sessions/{id}/bookings}: books someone onto a session on their behalf — the learning team
 * anyone, a line manager their own staff — counting as approved: a place while places last, else the waiting
 * list (a note of interest waits for the allocation). Answers 201 with the booking; the same checks as an
 * application apply, refused with 409 and the reasons. Sent as JSON by a signed-in user.
 */
@Path("sessions/{id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SessionBookingResource {

    /** Who to book: the person, optionally their learning need and how much they need it (a {@link NeedLevel} name). */
    public record OnBehalf(Long personId, String need, String needLevel) {
    }

    @Inject
    private BookingService bookings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") String id, OnBehalf request) throws RejectedException, NotFoundException {
        long sessionId = QueryParameters.id("id", id);
        if (request == null || request.personId() == null) {
            throw new BadParameterException("personId", "personId is required.");
        }
        NeedLevel level = null;
        if (request.needLevel() != null) {
            try {
                level = NeedLevel.valueOf(request.needLevel());
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("needLevel", "needLevel must be ESSENTIAL, IMPORTANT or DEVELOPMENT.");
            }
        }
        Booking booking = bookings.bookOnBehalf(sessionId, request.personId(), request.need(), level);
        return Response.status(Response.Status.CREATED).entity(BookingJson.of(booking)).build();
    }
}
