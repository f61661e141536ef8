package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * What the application refuses whoever sends it, and how: requests from other sites, loosely typed JSON, bodies too
 * large, and requests that are the caller's fault answered with their 4xx status rather than 500 — each leaving
 * nothing changed. Also what the server tells about itself (nothing).
 */
class RefusedRequestsIT extends BrowserIT {

    private static final String EVIL = "http://evil.example";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String signedIn(String username) {
        browser.signIn(username, DEMO_PASSWORD);
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** A call with the session cookie and the headers given, and a body sent as it is (no Content-Type unless given). */
    private HttpResponse<String> send(String cookie, String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private String bookingStatus(String cookie, long bookingId) throws Exception {
        JsonArray mine = jsonArray(api(base.toExternalForm(), cookie, "GET", "my/bookings", null));
        return mine.getValuesAs(JsonObject.class).stream().filter(b -> b.getJsonNumber("id").longValue() == bookingId)
                .map(b -> b.getString("status")).findFirst().orElseThrow();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** The id of a new booking of the signed-in learner on a session with places. */
    private long newBooking(String cookie) throws Exception {
        HttpResponse<String> applied = api(base.toExternalForm(), cookie, "POST", "my/bookings", "{\"sessionId\":" + bookableSession()
                + ",\"confirmGroupMismatch\":true}");
        assertEquals(201, applied.statusCode(), applied.body());
        return jsonObject(applied).getJsonNumber("id").longValue();
    }

    @Test
    void anApiChangeFromAnotherSiteOrWithoutJsonIsRefusedAndChangesNothing() throws Exception {
        String cookie = signedIn("learner");
        long booking = newBooking(cookie);
        String status = bookingStatus(cookie, booking);
        String cancel = "api/my/bookings/" + booking + "/cancel";

        // What a form or a script on another site can send without asking first.
        HttpResponse<String> bare = send(cookie, "POST", cancel, null, Map.of("Origin", EVIL));
        assertEquals(403, bare.statusCode(), bare.body());
        assertEquals("cross_site", jsonObject(bare).getString("error"));
        HttpResponse<String> noType = send(cookie, "POST", cancel, null, Map.of());
        assertEquals(415, noType.statusCode(), noType.body());
        assertEquals("unsupported_media_type", jsonObject(noType).getString("error"));
        assertEquals(415, send(cookie, "POST", cancel, "{}", Map.of("Content-Type", "text/plain")).statusCode());
        assertEquals(415, send(cookie, "POST", cancel, "a=b", Map.of("Content-Type", "application/x-www-form-urlencoded")).statusCode());
        assertEquals(403, send(cookie, "POST", cancel, "{}", Map.of("Content-Type", "application/json", "Origin", EVIL)).statusCode());
        assertEquals(403, send(cookie, "POST", cancel, "{}", Map.of("Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"))
                .statusCode());
        assertEquals(403, send(cookie, "POST", cancel, "{}", Map.of("Content-Type", "application/json", "Referer", EVIL + "/page"))
                .statusCode());
        // A field this call does not take.
        HttpResponse<String> unknown = send(cookie, "POST", cancel, "{\"reason\":\"x\"}", JSON);
        assertEquals(400, unknown.statusCode());
        assertEquals("reason", jsonObject(unknown).getString("parameter"));
        assertEquals(status, bookingStatus(cookie, booking), "nothing refused changed the booking");

        // From the application's own origin, with JSON, it is done.
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> cancelled = send(cookie, "POST", cancel, "{}", Map.of("Content-Type", "application/json", "Origin", own));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", bookingStatus(cookie, booking));
    }

    @Test
    void jsonOfTheWrongTypeOrWithUnknownFieldsIsRefusedNamingTheField() throws Exception {
        String cookie = signedIn("learner");
        int session = bookableSession();
        String instance = base.toExternalForm();
        for (String[] bad : new String[][] {
                {"{\"sessionId\":" + session + ",\"confirmGroupMismatch\":\"yes\"}", "confirmGroupMismatch"},
                {"{\"sessionId\":\"" + session + "\"}", "sessionId"},
                {"{\"sessionId\":" + session + ".5}", "sessionId"},
                {"{\"sessionId\":" + session + ",\"need\":\"a\\u0000b\"}", "need"},
                {"{\"sessionId\":" + session + ",\"sessionid\":1}", "sessionid"}}) {
            HttpResponse<String> refused = api(instance, cookie, "POST", "my/bookings", bad[0]);
            assertEquals(400, refused.statusCode(), bad[0] + " " + refused.body());
            assertEquals(bad[1], jsonObject(refused).getString("parameter"), bad[0]);
        }
        JsonArray mine = jsonArray(api(instance, cookie, "GET", "my/bookings", null));
        assertFalse(mine.getValuesAs(JsonObject.class).stream().anyMatch(b -> b.getInt("sessionId") == session
                && !"CANCELLED".equals(b.getString("status"))), "no booking was made: " + mine);
        browser.signOut();

        // "no" is not false: a sweep cannot be undone, so it never runs on a guess.
        String dpo = signedIn("dpo");
        int sweeps = jsonArray(api(instance, dpo, "GET", "retention/sweeps", null)).size();
        HttpResponse<String> sweep = api(instance, dpo, "POST", "retention/sweeps", "{\"dryRun\":\"no\"}");
        assertEquals(400, sweep.statusCode(), sweep.body());
        assertEquals("dryRun", jsonObject(sweep).getString("parameter"));
        assertEquals(sweeps, jsonArray(api(instance, dpo, "GET", "retention/sweeps", null)).size(), "no sweep was started");
    }

    @Test
    void theSessionCookieIsLaxAndASignOutFromAnotherSiteIsRefused() throws Exception {
        String cookie = signedIn("learner");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertEquals("Lax", session.getSameSite());
        assertTrue(session.isHttpOnly());

        // The sign-out form is on every page, stateless ones too: another site posts it.
        String form = "signOutForm=signOutForm&signOutForm%3AsignOut=Sign+out&jakarta.faces.ViewState=stateless";
        HttpResponse<String> forged = send(cookie, "POST", "index.xhtml", form,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", EVIL));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("The request could not be handled"), forged.body());
        assertEquals(200, send(cookie, "GET", "my/index.xhtml", null, Map.of()).statusCode(), "still signed in");
    }

    @Test
    void whatIsTheCallersFaultIsA4xxNotA500() throws Exception {
        String learner = signedIn("learner");
        long booking = newBooking(learner);
        try {
            byte[] large = new byte[3 * 1024 * 1024];
            java.util.Arrays.fill(large, (byte) 'a');
            String tooLarge = "{\"need\":\"" + new String(large, StandardCharsets.US_ASCII) + "\"}";
            HttpResponse<String> api = send(learner, "POST", "api/my/bookings", tooLarge, JSON);
            assertEquals(413, api.statusCode());
            assertEquals("too_large", jsonObject(api).getString("error"));
            HttpResponse<String> form = send(learner, "POST", "catalogue.xhtml", "q=" + tooLarge,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertEquals(413, form.statusCode());
            assertTrue(form.body().contains("larger than Learning Network accepts"), form.body());
            browser.signOut();

            for (String role : new String[] {"committee", "dpo"}) {
                String cookie = signedIn(role);
                HttpResponse<String> history = send(cookie, "GET", "my/booking.xhtml?id=" + booking, null, Map.of());
                assertEquals(403, history.statusCode(), role);
                assertTrue(history.body().contains("You do not have access"), role);
                browser.signOut();
            }
            String coordinator = signedIn("coordinator");
            assertEquals(403, send(coordinator, "GET", "facilitator/index.xhtml", null, Map.of()).statusCode());
            browser.signOut();
        } finally {
            String cookie = signedIn("learner");
            api(base.toExternalForm(), cookie, "POST", "my/bookings/" + booking + "/cancel", "{}");
        }

        for (String path : new String[] {"learning/foo:bar", "foo:bar", "api/courses/1:2", "my/x:y.xhtml"}) {
            HttpResponse<String> colon = send(null, "GET", path, null, Map.of());
            assertEquals(404, colon.statusCode(), path);
            assertTrue(colon.body().contains("Page not found"), path);
        }
    }

    @Test
    void theServerDoesNotSayWhatItIs() throws Exception {
        String cookie = signedIn("learner");
        HttpResponse<String> page = send(cookie, "GET", "my/index.xhtml", null, Map.of());
        HttpResponse<String> wrongMethod = send(cookie, "POST", "my/certificate.pdf", "", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(405, wrongMethod.statusCode());
        HttpResponse<String> unauthorised = send(null, "GET", "api/my/bookings", null, Map.of());
        assertEquals(401, unauthorised.statusCode());
        assertEquals("DENY", unauthorised.headers().firstValue("X-Frame-Options").orElse(""), "the API's 401 has the security headers");
        assertEquals("nosniff", unauthorised.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> response : java.util.List.of(page, wrongMethod, unauthorised, root)) {
            String server = response.headers().firstValue("Server").orElse("");
            assertFalse(server.matches(".*\\d.*") || server.toLowerCase().contains("glassfish"), "Server: " + server);
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), response.headers().toString());
            assertFalse(response.body().toLowerCase().contains("glassfish"), response.uri() + " " + response.body());
        }
    }

    @Test
    void calendarFeedsUseTheConfiguredAddressNotTheHostHeader() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + "api/calendar/sessions.ics HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains("BEGIN:VEVENT"), "the feed has sessions");
            assertFalse(answer.contains("evil.example"), "the Host header is never echoed into the feed");
        }
    }
}
