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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log as the data protection officer sees it: a roster downloaded by the learning team shows as an
 * export, with no personal data in the entry; the chain is checked on the screen and through the API; nobody
 * else may see it.
 */
class AuditIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theDataProtectionOfficerSeesARosterDownloadAndChecksTheChain() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        JsonObject session = json(get("api/sessions?size=1", null)).getJsonArray("items").getJsonObject(0);
        int sessionId = session.getInt("id");
        HttpResponse<String> csv = get("coordinator/roster.csv?session=" + sessionId, cookie());
        assertEquals(200, csv.statusCode());
        browser.get("/dpo/audit.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        browser.signOut();

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/audit.xhtml");
        assertEquals("Audit log", browser.h1());
        browser.assertAccessible("audit-log");
        // The newest entries: the officer's own sign-in, and before it the download.
        List<List<String>> rows = browser.findAll("#entriesForm\\:entries tbody tr").stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertEquals("Signed in", rows.get(0).get(3), rows.get(0).toString());
        // Who did what to whom, by name, looked up as the log is read (the log itself holds numbers).
        assertEquals("Kirsty MacLeod (dpo)", rows.get(0).get(2), rows.get(0).toString());
        assertEquals("Account: Kirsty MacLeod (dpo)", rows.get(0).get(4), "an account signs itself in");
        List<String> cells = rows.stream().filter(r -> r.get(3).equals("Exported")).findFirst().orElseThrow();
        assertEquals("Eilidh Baird (coordinator)", cells.get(2), cells.toString());
        assertEquals("Session: " + session.getString("courseTitle"), cells.get(4), cells.toString());
        assertEquals("Roster downloaded (CSV)", cells.get(5), cells.toString());

        // Filtered by the person concerned and the action: only her exports.
        browser.type("person", "coordinator@demo.learning-network.scot");
        new org.openqa.selenium.support.ui.Select(browser.byId("action")).selectByVisibleText("Exported");
        browser.submit("show");
        List<WebElement> exports = browser.findAll("#entriesForm\\:entries tbody tr");
        assertTrue(!exports.isEmpty() && exports.stream().allMatch(r -> r.getText().contains("Exported") && r.getText().contains("Eilidh Baird")),
                browser.text("#entriesForm"));
        browser.assertAccessible("audit-log-filtered");
        browser.assertFitsPhone("audit-log-filtered");
        browser.get("/dpo/audit.xhtml?person=nobody@example.org&from=2026-12-05&to=2026-12-01");
        assertEquals(List.of("Nobody in Learning Network has this work e-mail address.", "The last day must be on or after the first."),
                browser.errors());
        assertEquals("#person", browser.find(".error-summary a").getAttribute("hash"));
        browser.get("/dpo/audit.xhtml");

        browser.submit("checkForm:check");
        assertTrue(browser.text(".notice").matches("The audit log is intact: [0-9,]+ entries checked, and its latest entry is signed"
                + " with the server's key\\."), browser.text(".notice"));
        browser.assertAccessible("audit-log-checked");

        HttpResponse<String> check = get("api/audit/chain", cookie());
        assertEquals(200, check.statusCode(), check.body());
        JsonObject report = json(check);
        assertTrue(report.getBoolean("intact"), check.body());
        assertTrue(report.getBoolean("anchored"), check.body());
        assertTrue(report.getJsonNumber("checked").longValue() > 0);
        browser.signOut();

        browser.signIn("learner", DEMO_PASSWORD);
        assertEquals(403, get("api/audit/chain", cookie()).statusCode());
        browser.get("/dpo/audit.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        assertEquals(401, get("api/audit/chain", null).statusCode());
    }

    private String cookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
