package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {

    private static final SessionCalendar.Texts TEXTS = new SessionCalendar.Texts("You will never be required to disclose.", "Online",
            "Venue to be confirmed");

    private String calendar() {
        Course course = new Course("Multi-agency chronologies: a very long title that makes the summary line longer", "About",
                DeliveryMode.ONLINE_LIVE, 120, "Tayside");
        Instant start = Instant.parse("2027-03-29T08:30:00Z");
        CourseSession session = new CourseSession(course, start, start.plusSeconds(7200), 20, start.minusSeconds(86400 * 30),
                start.minusSeconds(3600));
        return SessionCalendar.write(List.of(session), TEXTS, s -> URI.create("https://learning.example/course.xhtml?id=1"),
                "learning.example", true);
    }

    @Test
    void anInvitationNamesItsMethodOrganiserAttendeeAndASequenceThatGrows() throws Exception {
        String invitation = SessionCalendar.scheduling(calendar(), SessionCalendar.Method.REQUEST, "learning-team@example.gov.uk",
                "callum.drummond@example.gov.uk", "Callum Drummond", Instant.parse("2027-03-01T10:00:00Z"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(invitation));
        assertEquals("REQUEST", parsed.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertEquals("mailto:learning-team@example.gov.uk", event.getProperty("ORGANIZER").orElseThrow().getValue());
        assertEquals("mailto:callum.drummond@example.gov.uk", event.getProperty("ATTENDEE").orElseThrow().getValue());
        long sequence = Long.parseLong(event.getProperty("SEQUENCE").orElseThrow().getValue());

        String cancellation = SessionCalendar.scheduling(calendar(), SessionCalendar.Method.CANCEL, "learning-team@example.gov.uk",
                "callum.drummond@example.gov.uk", "Callum Drummond", Instant.parse("2027-03-02T10:00:00Z"));
        Calendar cancelled = new CalendarBuilder().build(new StringReader(cancellation));
        assertEquals("CANCEL", cancelled.getProperty("METHOD").orElseThrow().getValue());
        VEvent gone = (VEvent) cancelled.getComponent("VEVENT").orElseThrow();
        assertEquals(event.getProperty("UID").orElseThrow().getValue(), gone.getProperty("UID").orElseThrow().getValue(), "the same event");
        assertTrue(Long.parseLong(gone.getProperty("SEQUENCE").orElseThrow().getValue()) > sequence, "a later sequence");
        assertEquals("CANCELLED", gone.getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String folded = SessionCalendar.fold("ATTENDEE;CN=\"Siobhán Ní Bhriain-MacDhòmhnaill\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s@example.org");
        for (String line : folded.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("ATTENDEE;CN=\"Siobhán Ní Bhriain-MacDhòmhnaill\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s@example.org",
                folded.replace("\r\n ", "").strip());
    }
}
