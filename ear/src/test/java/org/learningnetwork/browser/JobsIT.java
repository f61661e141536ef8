package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;
import org.openqa.selenium.By;

/**
 * The learning team works out a quarter's KPI figures from the jobs page: a malformed or future quarter is refused on
 * its field (in the error summary, linked); a good one runs, and the page follows it to completion with its steps.
 * The impact evaluation is started too. Axe checks each state of the page.
 */
class JobsIT extends BrowserIT {

    @Test
    void theLearningTeamWorksOutAQuartersFiguresAndFollowsTheRun() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/jobs.xhtml");
        assertEquals("Reports and jobs", browser.h1());
        browser.assertAccessible("jobs");

        browser.type("kpiForm:quarter", "2026-Q9");
        browser.submit("kpiForm:run");
        assertEquals(List.of("Enter the quarter as the year it starts in and its number, like 2026-Q1 (Q1 is April to June)."),
                browser.errors());
        assertEquals("#kpiForm:quarter", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("jobs-quarter-error");
        browser.type("kpiForm:quarter", Quarter.of(LocalDate.now()).next().code());
        browser.submit("kpiForm:run");
        assertEquals(List.of("That quarter has not begun yet. Choose the current quarter or an earlier one."), browser.errors());

        browser.type("kpiForm:quarter", "2012-q3");
        browser.submit("kpiForm:run");
        Matcher started = Pattern.compile("The figures for 2012-Q3 are being worked out \\(run ([0-9,]+)\\)\\.").matcher(browser.text(".notice"));
        assertTrue(started.find(), browser.text(".notice"));
        String run = awaitJobRun();
        assertEquals(List.of("Clear the quarter's earlier figures", "Work out the figures, part by part", "Render and send the report packs"),
                browser.findAll(run + " tbody tr").stream()
                .map(row -> row.findElement(By.tagName("td")).getText()).toList());
        assertTrue(browser.text(run).matches("(?s).*[0-9]+ report packs, (no e-mails|one e-mail|[0-9]+ e-mails).*"), browser.text(run));
        assertTrue(browser.text(run + " .job-instance").startsWith("on "), "the server instance that ran it is named");
        assertTrue(browser.text("#quarters").contains("2012-Q3"), browser.text("#quarters"));
        browser.assertAccessible("jobs-completed");

        // The report pack of each committee is listed, by the committee's name; its spreadsheet opens with the figures.
        assertTrue(browser.text("#reports").contains("Chief Officers Group") && !browser.text("#reports").contains("CHIEF_OFFICERS_GROUP"),
                browser.text("#reports"));
        String xlsx = browser.findAll("#reports a").stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.contains("quarter=2012-Q3") && h.contains("committee=CHIEF_OFFICERS_GROUP") && h.endsWith("format=XLSX"))
                .findFirst().orElseThrow(() -> new AssertionError(browser.text("#reports")));
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(xlsx))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Committee", rows.get(0).getCellText(0));
            assertEquals("Sessions delivered", rows.get(0).getCellText(4));
            assertEquals("Chief Officers Group", rows.get(1).getCellText(0));
            assertEquals("2012-Q3", rows.get(1).getCellText(1));
            assertEquals("0", rows.get(1).getCellText(4), "no sessions in that quarter");
        }
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(xlsx.replace("2012-Q3", "2012-Q4")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode());

        browser.submit("impactForm:run");
        assertTrue(browser.text(".notice").startsWith("The impact evaluation is running"), browser.text(".notice"));
    }

    /**
     * The jobs API: only for the learning team and administrators; a quarter's figures start with a JSON body and answer
     * 202 with the run (and the server instance running it); a second start of that quarter while it runs is refused
     * with 409 and the reason on the quarter; a missing quarter is a 400 and a form post a 415; the run is followed to
     * completion.
     */
    @Test
    void theJobsApiStartsRunsOnceAndFollowsThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(401, api(base.toExternalForm(), null, "GET", "jobs/runs", null).statusCode());
        browser.signIn("learner", DEMO_PASSWORD);
        assertEquals(403, api(base.toExternalForm(), cookie(), "GET", "jobs/runs", null).statusCode());
        browser.signOut();
        browser.signIn("coordinator", DEMO_PASSWORD);
        String cookie = cookie();

        HttpResponse<String> started = api(base.toExternalForm(), cookie, "POST", "jobs/quarterly-kpi/runs", "{\"quarter\": \"2013-Q1\"}");
        HttpResponse<String> again = api(base.toExternalForm(), cookie, "POST", "jobs/quarterly-kpi/runs", "{\"quarter\": \"2013-Q1\"}");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject run = jsonObject(started);
        assertEquals("quarterly-kpi", run.getString("job"));
        assertEquals("2013-Q1", run.getString("quarter"));
        assertTrue(!run.getString("instance").isBlank(), "the server instance running it");
        assertEquals(409, again.statusCode(), again.body());
        JsonObject problem = jsonObject(again).getJsonArray("problems").getJsonObject(0);
        assertEquals("quarter", problem.getString("field"));
        assertEquals("kpi.quarter.running", problem.getString("code"));

        assertEquals(400, api(base.toExternalForm(), cookie, "POST", "jobs/quarterly-kpi/runs", "{}").statusCode());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/jobs/quarterly-kpi/runs"))
                .header("Cookie", "JSESSIONID=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("quarter=2013-Q1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode());

        java.time.Instant until = java.time.Instant.now().plusSeconds(90);
        JsonObject followed = jsonObject(api(base.toExternalForm(), cookie, "GET", "jobs/runs/" + run.getJsonNumber("id").longValue(), null));
        while (!"COMPLETED".equals(followed.getString("status"))) {
            assertTrue(java.time.Instant.now().isBefore(until), followed.toString());
            Thread.sleep(500);
            followed = jsonObject(api(base.toExternalForm(), cookie, "GET", "jobs/runs/" + run.getJsonNumber("id").longValue(), null));
        }
        assertEquals(100, followed.getInt("progress"));
        assertEquals(List.of("clear", "figures", "report"), followed.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("name")).toList());
        assertTrue(api(base.toExternalForm(), cookie, "GET", "jobs/runs", null).body().contains("\"quarter\":\"2013-Q1\""));
        assertEquals(404, api(base.toExternalForm(), cookie, "GET", "jobs/runs/999999999", null).statusCode());
    }

    private String cookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Test
    void theLearningTeamKeepsTheCommitteesDistributionLists() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/jobs.xhtml");
        browser.driver().findElement(By.linkText("Committees' distribution lists")).click();
        assertEquals("Committees' distribution lists", browser.h1());
        browser.assertAccessible("committee-lists");
        new org.openqa.selenium.support.ui.Select(browser.byId("addForm:committee")).selectByVisibleText("MAPPA Strategic Oversight Group");
        browser.type("addForm:email", "not an address");
        browser.submit("addForm:add");
        assertEquals(List.of("Enter an e-mail address, like name@council.gov.uk."), browser.errors());
        assertEquals("#addForm:email", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("committee-lists-error");
        String address = "mappa-" + System.nanoTime() + "@example.org";
        browser.type("addForm:email", address);
        browser.submit("addForm:add");
        assertEquals(address + " is on the list now.", browser.text(".notice"));
        assertTrue(browser.findAll(".recipient").stream().anyMatch(e -> e.getText().equals(address)));
        browser.submit(browser.driver().findElement(By.cssSelector("input[aria-label='Remove " + address + "']")));
        assertEquals("The address is off the list.", browser.text(".notice"));
        assertTrue(browser.findAll(".recipient").stream().noneMatch(e -> e.getText().equals(address)));
    }
}
