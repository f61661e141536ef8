package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The booking API for signed-in users ({@code /api/my/bookings}) and the learning team's roster endpoint,
 * called with the session of a sign-in made in the browser.
 */
class BookingApiIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/" + path))
                .header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonStructure json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response + " " + response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private void signInAs(String username) {
        browser.signIn(username, DEMO_PASSWORD);
        cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Test
    void theApiAsksForSignInAndNamesWhatIsWrongWithARequest() throws Exception {
        HttpResponse<String> anonymous = call("GET", "my/bookings", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized", ((JsonObject) json(anonymous)).getString("error"));
        assertEquals(401, call("GET", "sessions/" + bookableSession() + "/roster", null).statusCode());

        signInAs("learner");
        assertEquals(200, call("GET", "my/bookings", null).statusCode());
        HttpResponse<String> missing = call("POST", "my/bookings", "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("sessionId", ((JsonObject) json(missing)).getString("parameter"));
        HttpResponse<String> malformed = call("POST", "my/bookings", "{\"sessionId\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertFalse(malformed.body().contains("Exception"));
    }

    @Test
    void aLearnerAppliesOnceSeesTheBookingAndCancelsIt() throws Exception {
        signInAs("learner");
        int session = bookableSession();
        JsonObject booking = apply(session);
        assertEquals("REQUESTED", booking.getString("status"));
        assertEquals(session, booking.getInt("sessionId"));

        HttpResponse<String> again = call("POST", "my/bookings", "{\"sessionId\":" + session + ",\"confirmGroupMismatch\":true}");
        assertEquals(409, again.statusCode());
        JsonObject problem = ((JsonObject) json(again)).getJsonArray("problems").getJsonObject(0);
        assertEquals("booking.already", problem.getString("code"));
        assertEquals("You already have a booking on this session.", problem.getString("message"));
        JsonArray mine = (JsonArray) json(call("GET", "my/bookings", null));
        assertTrue(mine.getValuesAs(JsonObject.class).stream().anyMatch(b -> b.getInt("id") == booking.getInt("id")));

        HttpResponse<String> cancelled = call("POST", "my/bookings/" + booking.getInt("id") + "/cancel", "{}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", ((JsonObject) json(cancelled)).getString("status"));
        assertEquals(409, call("POST", "my/bookings/" + booking.getInt("id") + "/cancel", "{}").statusCode());
    }

    @Test
    void aBookingIsItsLearnersAndTheRosterTheLearningTeams() throws Exception {
        signInAs("learner");
        int session = bookableSession();
        JsonObject booking = apply(session);
        try {
            HttpResponse<String> roster = call("GET", "sessions/" + session + "/roster", null);
            assertEquals(403, roster.statusCode());
            assertEquals("forbidden", ((JsonObject) json(roster)).getString("error"));
            browser.signOut();

            // Someone else cannot cancel it, nor learn that it exists: the answer is the one for a booking that does not.
            signInAs("manager");
            HttpResponse<String> notYours = call("POST", "my/bookings/" + booking.getInt("id") + "/cancel", "{}");
            HttpResponse<String> notThere = call("POST", "my/bookings/999999999/cancel", "{}");
            assertEquals(404, notYours.statusCode());
            assertEquals(notThere.statusCode(), notYours.statusCode());
            assertEquals(notThere.body(), notYours.body());
            browser.signOut();

            signInAs("coordinator");
            JsonArray entries = (JsonArray) json(call("GET", "sessions/" + session + "/roster", null));
            assertTrue(entries.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getInt("bookingId") == booking.getInt("id")
                    && "REQUESTED".equals(e.getString("status"))), entries.toString());
            assertEquals(404, call("GET", "sessions/987654321/roster", null).statusCode());
            browser.signOut();
        } finally {
            browser.driver().manage().deleteAllCookies();
            signInAs("learner");
            assertEquals(200, call("POST", "my/bookings/" + booking.getInt("id") + "/cancel", "{}").statusCode());
        }
    }

    /** The signed-in learner's application for the session, as the API answers it. */
    private JsonObject apply(int session) throws Exception {
        HttpResponse<String> applied = call("POST", "my/bookings", "{\"sessionId\":" + session
                + ",\"need\":\"Via the API\",\"confirmGroupMismatch\":true}");
        assertEquals(201, applied.statusCode(), applied.body());
        return (JsonObject) json(applied);
    }

    @Test
    void theLearningTeamBooksSomeoneOnTheirBehalf() throws Exception {
        signInAs("coordinator");
        int session = bookableSession(3);
        java.util.Set<Integer> onIt = ((JsonArray) json(call("GET", "sessions/" + session + "/roster", null)))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getInt("personId")).collect(java.util.stream.Collectors.toSet());
        // Someone booked on another demo session, and not on this one.
        int person = -1;
        for (JsonObject other : ((JsonObject) json(call("GET", "sessions?size=50", null))).getJsonArray("items").getValuesAs(JsonObject.class)) {
            for (JsonObject entry : ((JsonArray) json(call("GET", "sessions/" + other.getInt("id") + "/roster", null))).getValuesAs(JsonObject.class)) {
                if (person < 0 && !onIt.contains(entry.getInt("personId"))) {
                    person = entry.getInt("personId");
                }
            }
        }
        assertTrue(person > 0, "the demo has people booked on sessions");

        HttpResponse<String> missing = call("POST", "sessions/" + session + "/bookings", "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("personId", ((JsonObject) json(missing)).getString("parameter"));
        HttpResponse<String> badLevel = call("POST", "sessions/" + session + "/bookings", "{\"personId\":" + person + ",\"needLevel\":\"HUGE\"}");
        assertEquals(400, badLevel.statusCode());
        assertEquals("needLevel", ((JsonObject) json(badLevel)).getString("parameter"));
        assertEquals(404, call("POST", "sessions/987654321/bookings", "{\"personId\":" + person + "}").statusCode());

        HttpResponse<String> booked = call("POST", "sessions/" + session + "/bookings",
                "{\"personId\":" + person + ",\"need\":\"Named in the team plan\",\"needLevel\":\"ESSENTIAL\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        assertEquals("CONFIRMED", ((JsonObject) json(booked)).getString("status"));
        HttpResponse<String> twice = call("POST", "sessions/" + session + "/bookings", "{\"personId\":" + person + "}");
        assertEquals(409, twice.statusCode());
        assertEquals("booking.already", ((JsonObject) json(twice)).getJsonArray("problems").getJsonObject(0).getString("code"));
        int personId = person;
        assertTrue(((JsonArray) json(call("GET", "sessions/" + session + "/roster", null))).getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getInt("personId") == personId && "CONFIRMED".equals(e.getString("status"))));
        browser.signOut();

        signInAs("learner");
        assertEquals(403, call("POST", "sessions/" + session + "/bookings", "{\"personId\":" + person + "}").statusCode());
        cookie = null;
        assertEquals(401, call("POST", "sessions/" + session + "/bookings", "{\"personId\":" + person + "}").statusCode());
    }
}
