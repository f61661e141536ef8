package org.learningnetwork.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionCalendar;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;

/**
 * iCalendar (RFC 5545) feeds of upcoming sessions to subscribe to: all, per strand, per course. Times
 * are in the council's time zone with its VTIMEZONE; cancelled sessions stay in the feed marked CANCELLED so that
 * subscribers' calendars drop them; every event carries the trauma-aware statement.
 */
@Path("calendar")
@Produces("text/calendar; charset=UTF-8")
@RequestScoped
public class CalendarFeedResource {

    @Inject
    private CatalogueService catalogue;

    @GET
    @Path("sessions.ics")
    public Response all() throws NotFoundException {
        return feed(catalogue.feed(null, null));
    }

    @GET
    @Path("strands/{code}.ics")
    public Response strand(@PathParam("code") String code) throws NotFoundException {
        return feed(catalogue.feed(code, null));
    }

    @GET
    @Path("courses/{id}.ics")
    public Response course(@PathParam("id") String id) throws NotFoundException {
        Long courseId;
        try {
            courseId = Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Course", id);
        }
        return feed(catalogue.feed(null, courseId));
    }

    private Response feed(List<CourseSession> sessions) {
        ResourceBundle messages = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK);
        SessionCalendar.Texts texts = new SessionCalendar.Texts(messages.getString("course.traumaStatement"),
                messages.getString("course.session.online"), messages.getString("course.session.toBeConfirmed"));
        // Addresses and UIDs come from the configured address, never from the request's Host header.
        String calendar = SessionCalendar.write(sessions, texts,
                session -> URI.create(Installation.baseUrl() + "/course.xhtml?id=" + session.getCourse().getId()),
                Installation.host(), false);
        return Response.ok(calendar).header("Content-Disposition", "inline; filename=\"learning-network.ics\"").build();
    }
}
