package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A learner downloads everything held about them from My learning; the officer's download is theirs only. */
class SubjectAccessDownloadIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLearnerDownloadsTheirDataAndNobodyElsesIsReachable() throws Exception {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertEquals("Download your data", browser.find("#myData").getText());
        browser.assertAccessible("my-learning-your-data");
        HttpResponse<String> own = get(browser.find("#myData").getAttribute("href"));
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").contains("my-data.json"));
        JsonObject person = read(own.body()).getJsonObject("tables").getJsonArray("person").getJsonObject(0);
        assertEquals("learner@demo.learning-network.scot", person.getString("work_email"));
        assertTrue(read(own.body()).getJsonObject("tables").getJsonArray("booking").size() > 0, "the demo learner's bookings");

        assertEquals(403, get(base.toExternalForm() + "dpo/data.json?person=" + person.getInt("id")).statusCode());
        browser.signOut();

        browser.signIn("dpo", DEMO_PASSWORD);
        HttpResponse<String> forOfficer = get(base.toExternalForm() + "dpo/data.json?person=" + person.getInt("id"));
        assertEquals(200, forOfficer.statusCode());
        assertTrue(read(forOfficer.body()).getJsonObject("tables").containsKey("legal_hold"));
        assertEquals(404, get(base.toExternalForm() + "dpo/data.json?person=abc").statusCode());
        assertEquals(404, get(base.toExternalForm() + "dpo/data.json?person=999999999").statusCode());
    }

    private HttpResponse<String> get(String address) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
