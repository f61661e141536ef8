package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only JSON API for courses and sessions, as an intranet or HR system calls it. */
class ApiIT extends ClientIT {

    private HttpResponse<String> api(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/" + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.toString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void coursesAreSearchedAndPagedLikeTheCatalogue() throws Exception {
        HttpResponse<String> response = api("courses?size=5");
        assertEquals(200, response.statusCode());
        JsonObject page = json(response);
        assertTrue(page.getInt("total") >= 10);
        assertEquals(1, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        JsonArray items = page.getJsonArray("items");
        assertEquals(5, items.size());
        JsonObject first = items.getJsonObject(0);
        for (String field : new String[] {"id", "title", "summary", "deliveryMode", "durationMinutes", "cpdHours", "free",
                "bookable", "provider", "bookingMode", "strands", "targetGroups", "nextSessionStart"}) {
            assertTrue(first.containsKey(field), field + " in " + first);
        }
        Instant firstNext = Instant.parse(first.getString("nextSessionStart"));
        Instant secondNext = Instant.parse(items.getJsonObject(1).getString("nextSessionStart"));
        assertFalse(secondNext.isBefore(firstNext));

        JsonObject mappa = json(api("courses?strand=MAPPA"));
        List<String> mappaTitles = mappa.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("title")).toList();
        assertEquals(mappa.getInt("total"), mappaTitles.size());
        assertTrue(mappaTitles.contains("MAPPA: arrangements and the duty to cooperate"), mappaTitles.toString());
        mappa.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> assertTrue(
                item.getJsonArray("strands").toString().contains("MAPPA"), item.toString()));
    }

    @Test
    void aCourseComesWithOutcomesPrerequisitesAndSessionsButNoJoiningDetails() throws Exception {
        long id = json(api("courses?q=chronologies")).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> response = api("courses/" + id);
        JsonObject detail = json(response);
        assertEquals("Multi-agency chronologies", detail.getJsonObject("course").getString("title"));
        assertEquals(3, detail.getJsonArray("outcomes").size());
        assertEquals(1, detail.getJsonArray("prerequisites").size());
        JsonObject session = detail.getJsonArray("upcomingSessions").getJsonObject(0);
        assertTrue(session.getBoolean("online"));
        assertEquals("ONLINE", session.getString("place"));
        assertTrue(!session.containsKey("venue") || session.isNull("venue"), session.toString());
        assertFalse(response.body().contains("Teams"), "joining details must not be published");

        // An in-person course's next session is at a venue: where it is and how to get in, for those coming.
        long inPerson = json(api("courses?q=key+processes")).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject atVenue = json(api("courses/" + inPerson)).getJsonArray("upcomingSessions").getJsonObject(0);
        assertEquals("VENUE", atVenue.getString("place"), atVenue.toString());
        assertFalse(atVenue.getBoolean("online"));
        JsonObject venue = atVenue.getJsonObject("venue");
        assertFalse(venue.getString("address").isBlank(), venue.toString());
        assertTrue(venue.getString("mapUrl").startsWith("https://"), venue.toString());

        JsonObject sessions = json(api("sessions?course=" + id));
        assertEquals(detail.getJsonArray("upcomingSessions").size(), sessions.getInt("total"));
    }

    @Test
    void badParametersAre400WithAJsonBodyNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"courses?from=tomorrow", "from"}, {"courses?mode=PODCAST", "mode"},
                {"courses?group=abc", "group"}, {"courses?size=1000", "size"}, {"courses?page=0", "page"},
                {"courses?strand=ASTROLOGY", "strand"}, {"courses?from=2027-03-01&to=2027-02-01", "to"},
                {"sessions?course=x", "course"}, {"courses/abc", "id"}, {"courses?hasPlaces=maybe", "hasPlaces"}}) {
            HttpResponse<String> response = api(bad[0]);
            assertEquals(400, response.statusCode(), bad[0]);
            JsonObject error = json(response);
            assertEquals("bad_parameter", error.getString("error"));
            assertEquals(bad[1], error.getString("parameter"), bad[0]);
            assertFalse(response.body().contains("Exception"));
        }
    }

    @Test
    void anUnknownCourseIs404InJson() throws Exception {
        HttpResponse<String> response = api("courses/987654321");
        assertEquals(404, response.statusCode());
        assertEquals("not_found", json(response).getString("error"));
        assertEquals(404, api("no-such-resource").statusCode());
    }

    @Test
    void sessionsSayHowManyPlacesAreLeftAndFullOnesLeaveTheHasPlacesList() throws Exception {
        List<JsonObject> sessions = json(api("sessions?size=100")).getJsonArray("items").getValuesAs(JsonObject.class);
        sessions.forEach(s -> assertTrue(s.getInt("placesLeft") >= 0 && s.getInt("placesLeft") <= s.getInt("capacity"), s.toString()));
        JsonObject full = sessions.stream().filter(s -> s.getInt("placesLeft") == 0 && !"CANCELLED".equals(s.getString("status")))
                .findFirst().orElseThrow(() -> new AssertionError("The demo has full sessions"));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm()
                + "course.xhtml?id=" + full.getInt("courseId"))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Full: join the waiting list by"), page.body());

        int all = json(api("courses?size=100")).getInt("total");
        JsonObject withPlaces = json(api("courses?hasPlaces=true&size=100"));
        assertTrue(withPlaces.getInt("total") > 0 && withPlaces.getInt("total") < all, withPlaces.getInt("total") + " of " + all);
        long firstId = withPlaces.getJsonArray("items").getJsonObject(0).getInt("id");
        List<JsonObject> itsSessions = json(api("courses/" + firstId)).getJsonArray("upcomingSessions").getValuesAs(JsonObject.class);
        assertTrue(itsSessions.stream().anyMatch(s -> s.getInt("placesLeft") > 0
                && Instant.parse(s.getString("bookingOpensAt")).isBefore(Instant.now())
                && Instant.parse(s.getString("bookingClosesAt")).isAfter(Instant.now())), itsSessions.toString());
        assertEquals(all, json(api("courses?hasPlaces=false&size=100")).getInt("total"));
    }
}
