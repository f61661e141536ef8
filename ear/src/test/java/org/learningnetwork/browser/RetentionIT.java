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
import org.learningnetwork.retention.RecordType;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The data protection officer changes a retention rule, and the privacy notice shows it at once; runs a dry run and
 * a sweep and sees what each rule did.
 */
class RetentionIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final String PEOPLE = "People's names, contact details, job titles and sign-in accounts";

    @Test
    void theOfficerChangesHowLongPeopleAreKeptAndThePrivacyNoticeSaysSo() {
        browser.get("/privacy.xhtml");
        assertTrue(browser.text("#retention").contains(PEOPLE + ": anonymised 36 months after the person's last activity."),
                browser.text("#retention"));

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/retention.xhtml");
        assertEquals("Retention rules", browser.h1());
        browser.assertAccessible("retention-rules");
        assertEquals(RecordType.values().length, browser.findAll("#rules tbody tr").size());
        changeLinkOf(PEOPLE).click();
        assertEquals(List.of("The person's last activity".toLowerCase()), new Select(browser.byId("ruleForm:trigger")).getOptions()
                .stream().map(o -> o.getText().toLowerCase()).toList());

        browser.type("ruleForm:periodMonths", "0");
        browser.submit("ruleForm:save");
        assertEquals(List.of("Enter the period as a whole number of months from 1 to 1,200."), browser.errors());
        assertEquals("#ruleForm:periodMonths", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("retention-rule-error");
        browser.type("ruleForm:periodMonths", "forty");
        browser.submit("ruleForm:save");
        assertEquals(List.of("Enter the period as a whole number of months from 1 to 1,200."), browser.errors());

        browser.type("ruleForm:periodMonths", "48");
        browser.submit("ruleForm:save");
        assertTrue(browser.text(".notice").contains("The retention rule is saved"), browser.text("main"));
        assertTrue(rowOf(PEOPLE).getText().contains("anonymised 48 months after the person's last activity"), rowOf(PEOPLE).getText());
        browser.get("/privacy.xhtml");
        assertTrue(browser.text("#retention").contains(PEOPLE + ": anonymised 48 months after the person's last activity."),
                browser.text("#retention"));

        // Back to the default for the other tests; an unknown kind of record in the address is not found.
        browser.get("/dpo/retention.xhtml?type=PERSON");
        browser.type("ruleForm:periodMonths", "36");
        browser.submit("ruleForm:save");
        assertTrue(rowOf(PEOPLE).getText().contains("36 months"), rowOf(PEOPLE).getText());
        browser.get("/dpo/retention.xhtml?type=PASSPORTS");
        assertEquals("Page not found", browser.h1());
        browser.get("/index.xhtml");
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/dpo/retention.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }

    @Test
    void theOfficerRunsADryRunThenASweepAndSeesWhatEachRuleDid() throws Exception {
        browser.signIn("dpo", DEMO_PASSWORD);
        browser.get("/dpo/retention.xhtml");
        browser.submit("sweepForm:dryRun");
        assertTrue(browser.text(".notice").contains("Nothing was changed"), browser.text("main"));
        WebElement dryRun = browser.find("#sweep-0");
        assertTrue(dryRun.findElement(By.tagName("caption")).getText().startsWith("Dry run started"), dryRun.getText());
        assertEquals(RecordType.values().length, dryRun.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(dryRun.getText().contains("Would be done"), dryRun.getText());
        browser.assertAccessible("retention-sweeps");

        // The sweep asks to be confirmed first: it cannot be undone.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.confirm = function () { return true; };");
        browser.submit("sweepForm:runNow");
        assertTrue(browser.text(".notice").contains("The sweep has finished"), browser.text("main"));
        WebElement swept = browser.find("#sweep-0");
        assertTrue(swept.findElement(By.tagName("caption")).getText().matches("Sweep started .*: finished"), swept.getText());
        assertTrue(swept.getText().contains("Kept by a legal hold"), swept.getText());
        assertTrue(browser.find("#sweep-1 caption").getText().startsWith("Dry run"), browser.text("main"));

        // The same through the API, for scripts and monitoring.
        HttpResponse<String> bad = call("POST", "api/retention/sweeps", "{}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("dryRun", json(bad).getString("parameter"));
        assertEquals(415, call("POST", "api/retention/sweeps", null).statusCode(), "only JSON: no form from another site");
        HttpResponse<String> dry = call("POST", "api/retention/sweeps", "{\"dryRun\": true}");
        assertEquals(200, dry.statusCode(), dry.body());
        assertTrue(json(dry).getBoolean("dryRun"));
        assertEquals(RecordType.values().length, json(dry).getJsonArray("counts").size());
        browser.get("/index.xhtml");
        browser.signOut();

        // Administrators run the system, not the personal data in it: no data protection pages; the sweeps' outcome
        // (counts, no personal data) through the API, as for the other jobs; only the officer starts one.
        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/dpo/retention.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        assertTrue(browser.findAll("a[href*='/dpo/']").isEmpty(), "no data protection pages in the administrator's menu");
        HttpResponse<String> listed = call("GET", "api/retention/sweeps", null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"recordType\":\"PERSON\""), listed.body());
        assertEquals(403, call("POST", "api/retention/sweeps", "{\"dryRun\": true}").statusCode());
    }

    /** Calls the API as the signed-in browser; a body is sent as JSON, none as a form would be. */
    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).header("Accept", "application/json")
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", json == null ? "application/x-www-form-urlencoded" : "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private WebElement rowOf(String type) {
        return browser.findAll("#rules tbody tr").stream().filter(tr -> tr.findElement(By.tagName("th")).getText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("No rule for " + type + " in " + browser.text("#rules")));
    }

    private WebElement changeLinkOf(String type) {
        return rowOf(type).findElement(By.cssSelector("a.change-link"));
    }
}
