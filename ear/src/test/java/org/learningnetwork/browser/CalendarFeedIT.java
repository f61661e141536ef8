package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds, parsed back with ical4j and checked against the catalogue's own data. */
class CalendarFeedIT extends ClientIT {

    private Calendar calendar(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private JsonObject course(String query) throws Exception {
        String body = get("api/courses?q=" + query).body();
        long id = Json.createReader(new StringReader(body)).readObject().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return Json.createReader(new StringReader(get("api/courses/" + id).body())).readObject();
    }

    private static boolean sameStarts(JsonArray sessions, Calendar calendar) {
        java.util.Set<Instant> starts = sessions.getValuesAs(JsonObject.class).stream().map(s -> Instant.parse(s.getString("startsAt")))
                .collect(Collectors.toSet());
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.size() == starts.size() && events.stream().allMatch(event -> starts.contains(start(event)));
    }

    private static Instant start(VEvent event) {
        DateProperty<?> start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
        return Instant.from((Temporal) start.getDate());
    }

    @Test
    void aCourseFeedHasItsSessionsInLondonTimeWithTheTraumaStatementAndCancellations() throws Exception {
        JsonObject course = course("key+processes");
        long id = course.getJsonObject("course").getJsonNumber("id").longValue();
        JsonArray sessions = course.getJsonArray("upcomingSessions");
        Calendar calendar = calendar("api/calendar/courses/" + id + ".ics");
        // The course's API answer is a public copy, up to learningnetwork.public-cache.seconds (30) old; the feed is
        // not. A test before this one may have moved a session straight in the database (no copy is told): the two
        // agree once the copy has expired.
        java.time.Instant until = java.time.Instant.now().plusSeconds(40);
        while (!sameStarts(sessions, calendar) && java.time.Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            course = course("key+processes");
            sessions = course.getJsonArray("upcomingSessions");
            calendar = calendar("api/calendar/courses/" + id + ".ics");
        }

        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(sessions.size(), events.size());
        Map<Instant, String> statusByStart = sessions.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> Instant.parse(s.getString("startsAt")), s -> s.getString("status")));
        for (VEvent event : events) {
            Property dtstart = event.getProperty(Property.DTSTART).orElseThrow();
            assertEquals("Europe/London", dtstart.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue());
            assertTrue(statusByStart.containsKey(start(event)), "an event at a session's start");
            assertEquals("Child protection: key processes, roles and responsibilities",
                    event.getProperty(Property.SUMMARY).orElseThrow().getValue());
            assertTrue(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                    .contains("you will never be required to disclose any such information"));
            boolean cancelled = "CANCELLED".equals(statusByStart.get(start(event)));
            assertEquals(cancelled, event.getProperty(Property.STATUS).map(p -> p.getValue().equals("CANCELLED")).orElse(false));
        }
        assertTrue(statusByStart.containsValue("CANCELLED"), "the demo course has a cancelled session");
    }

    @Test
    void theStrandFeedHoldsOnlyThatStrandAndTheFullFeedHoldsEverything() throws Exception {
        List<VEvent> mappa = calendar("api/calendar/strands/MAPPA.ics").getComponents("VEVENT");
        assertTrue(mappa.size() > 0);
        List<String> summaries = mappa.stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
        assertTrue(summaries.contains("MAPPA: arrangements and the duty to cooperate"), summaries.toString());
        summaries.forEach(summary -> assertTrue(summary.startsWith("MAPPA"), summary));
        List<VEvent> all = calendar("api/calendar/sessions.ics").getComponents("VEVENT");
        assertTrue(all.size() > mappa.size());
        assertEquals(all.size(), all.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).distinct().count());
    }

    @Test
    void anUnknownStrandOrCourseIs404() throws Exception {
        assertEquals(404, get("api/calendar/strands/ASTROLOGY.ics").statusCode());
        assertEquals(404, get("api/calendar/courses/987654321.ics").statusCode());
        assertEquals(404, get("api/calendar/courses/abc.ics").statusCode());
    }
}
