package org.learningnetwork.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
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
import org.learningnetwork.platform.Installation;

/**
 * Sessions as iCalendar (RFC 5545) events, for the calendar feeds and the invitations attached to
 * confirmation e-mails: times in the council's time zone with its VTIMEZONE, one UID per session whatever the
 * source (so a calendar that has it from both keeps one event), cancelled sessions marked CANCELLED.
 */
public final class SessionCalendar {

    private static final String PRODUCT = "-//Learning Network//Sessions//EN";
    private static final ZoneId ZONE = Installation.zone();

    /** The texts an event carries besides the course's own: the trauma-aware statement, the word for online. */
    public record Texts(String traumaStatement, String online) {
    }

    private SessionCalendar() {
    }

    /** The council's time zone as ical4j describes it, read from its registry once (the same for every calendar). */
    private static final class Described {
        static final TimeZone ZONE = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(SessionCalendar.ZONE.getId());
    }

    /**
     * A calendar of the given sessions. {@code uidDomain} names the application (the host people reach it
     * at); {@code withJoiningDetails} adds the joining details, for people with a place only.
     */
    public static String write(List<CourseSession> sessions, Texts texts, Function<CourseSession, URI> coursePage,
            String uidDomain, boolean withJoiningDetails) {
        TimeZone zone = Described.ZONE;
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(zone.getVTimeZone());
        for (CourseSession session : sessions) {
            VEvent event = new VEvent(ZonedDateTime.ofInstant(session.getStartsAt(), ZONE),
                    ZonedDateTime.ofInstant(session.getEndsAt(), ZONE), session.getCourse().getTitle());
            event.add(new Uid("session-" + session.getId() + "@" + uidDomain));
            StringBuilder description = new StringBuilder(session.getCourse().getSummary());
            if (withJoiningDetails && session.getJoiningDetails() != null) {
                description.append("\n\n").append(session.getJoiningDetails());
            }
            description.append("\n\n").append(texts.traumaStatement());
            event.add(new Description(description.toString()));
            event.add(new Location(where(session, texts)));
            event.add(new Url(coursePage.apply(session)));
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
        return out.toString();
    }

    /** Where the session takes place: the venue's name, address and town, or online. */
    public static String where(CourseSession session, Texts texts) {
        Venue venue = session.getVenue();
        return venue == null ? texts.online() : venue.getName() + ", " + venue.getAddress() + ", " + venue.getTown();
    }
}
