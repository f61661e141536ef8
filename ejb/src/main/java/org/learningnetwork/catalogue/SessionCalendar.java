package org.learningnetwork.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
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

    /**
     * The texts an event carries besides the course's own: the trauma-aware statement, the words for online and for an
     * in-person session whose venue is to be confirmed.
     */
    public record Texts(String traumaStatement, String online, String toBeConfirmed) {
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

    /**
     * A calendar of one event that is not a course's session (a meeting of an action-learning set): its UID (unique
     * within {@code uidDomain}), times, title, description, location and page; marked cancelled when it is.
     */
    public static String writeEvent(String uid, Instant startsAt, Instant endsAt, String title, String description, String location,
            URI page, boolean cancelled) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(Described.ZONE.getVTimeZone());
        VEvent event = new VEvent(ZonedDateTime.ofInstant(startsAt, ZONE), ZonedDateTime.ofInstant(endsAt, ZONE), title);
        event.add(new Uid(uid));
        event.add(new Description(description));
        event.add(new Location(location));
        event.add(new Url(page));
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a mailed calendar asks of the attendee's calendar program (RFC 5546): to add or update, or to remove. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    private static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    /**
     * A calendar of one session ({@link #write}) made a scheduling message to one person with a place on it: its
     * method, the organiser (the learning team's mailbox), the attendee, and a sequence number that grows with the time
     * the message is written, so that a cancellation (the same UID, a higher sequence) replaces the invitation before
     * it, and a later invitation an earlier one. A cancellation marks the event cancelled.
     */
    public static String scheduling(String calendar, Method method, String organiser, String attendeeEmail, String attendeeName,
            Instant writtenAt) {
        StringBuilder event = new StringBuilder();
        event.append(fold("ORGANIZER;CN=\"Learning Network\":mailto:" + organiser));
        event.append(fold("ATTENDEE;CN=\"" + attendeeName.replace("\"", "'") + "\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:"
                + attendeeEmail));
        event.append("SEQUENCE:").append(Math.max(0, writtenAt.getEpochSecond() - SEQUENCE_EPOCH.getEpochSecond())).append("\r\n");
        if (method == Method.CANCEL && !calendar.contains("STATUS:CANCELLED")) {
            event.append("STATUS:CANCELLED\r\n");
        }
        int end = calendar.lastIndexOf("END:VEVENT");
        String begin = "BEGIN:VCALENDAR\r\n";
        if (end < 0 || !calendar.startsWith(begin)) {
            throw new IllegalArgumentException("not a calendar of one event");
        }
        return begin + "METHOD:" + method.name() + "\r\n" + calendar.substring(begin.length(), end) + event + calendar.substring(end);
    }

    /** A content line folded as RFC 5545 asks: no line longer than 75 octets, a continuation starting with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    /** Where the session takes place: the room, the venue and its address; online; or the venue to be confirmed. */
    public static String where(CourseSession session, Texts texts) {
        return session.where(texts.online(), texts.toBeConfirmed());
    }
}
