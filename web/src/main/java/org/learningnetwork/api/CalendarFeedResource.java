package org.learningnetwork.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.platform.Dates;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFoundException;

/**
 * iCalendar (RFC 5545) feeds of upcoming sessions to subscribe to: all, per strand, per course. Times
 * are in Europe/London with its VTIMEZONE; cancelled sessions stay in the feed marked CANCELLED so that
 * subscribers' calendars drop them; every event carries the trauma-aware statement.
 */
@Path("calendar")
@Produces("text/calendar; charset=UTF-8")
@RequestScoped
public class CalendarFeedResource {

    private static final String PRODUCT = "-//Learning Network//Catalogue//EN";

    @Inject
    private CatalogueService catalogue;

    @Context
    private HttpServletRequest request;

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
        TimeZone london = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Dates.UK.getId());
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(london.getVTimeZone());
        String host = request.getServerName();
        for (CourseSession session : sessions) {
            VEvent event = new VEvent(ZonedDateTime.ofInstant(session.getStartsAt(), Dates.UK),
                    ZonedDateTime.ofInstant(session.getEndsAt(), Dates.UK), session.getCourse().getTitle());
            event.add(new Uid("session-" + session.getId() + "@" + host));
            event.add(new Description(session.getCourse().getSummary() + "\n\n" + messages.getString("course.traumaStatement")));
            event.add(new Location(session.getVenue() == null ? messages.getString("course.session.online")
                    : session.getVenue().getName() + ", " + session.getVenue().getAddress() + ", " + session.getVenue().getTown()));
            event.add(new Url(URI.create(coursePage(session))));
            if (session.getStatus() == SessionStatus.CANCELLED) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString()).header("Content-Disposition", "inline; filename=\"learning-network.ics\"").build();
    }

    private String coursePage(CourseSession session) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf(request.getContextPath()) + request.getContextPath().length());
        return base + "/course.xhtml?id=" + session.getCourse().getId();
    }
}
