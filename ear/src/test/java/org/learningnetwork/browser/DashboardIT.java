package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.figures.Quarter;

/**
 * A committee member reads the KPI dashboard after the learning team worked out the quarter: the indicators, the trend
 * as charts and as a table, the breakdowns, a table downloaded as CSV; a malformed or future quarter is said to be so.
 * Axe checks the page with figures and with an error.
 */
class DashboardIT extends BrowserIT {

    private static final String COMMITTEE = "CHILD_PROTECTION_COMMITTEE";

    @Test
    void aCommitteeMemberReadsTheQuartersFiguresAndDownloadsThem() throws Exception {
        String quarter = Quarter.of(LocalDate.now(ZoneId.of("Europe/London"))).code();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/jobs.xhtml");
        browser.type("kpiForm:quarter", quarter);
        browser.submit("kpiForm:run");
        awaitJobRun();
        browser.signOut();

        browser.signIn("committee", DEMO_PASSWORD);
        browser.navigateTo("/committee/dashboard.xhtml");
        browser.get("/committee/dashboard.xhtml?committee=" + COMMITTEE + "&quarter=" + quarter);
        assertTrue(browser.h1().endsWith("Child Protection Committee"), browser.h1());
        List<String> indicators = browser.findAll("#headline tbody th").stream().map(e -> e.getText()).toList();
        assertEquals(19, indicators.size(), indicators.toString());
        assertTrue(indicators.contains("Fill rate") && indicators.contains("Managers reporting changed practice")
                && indicators.contains("Pathway compliance (required learning up to date)"), indicators.toString());
        assertTrue(browser.find("#headline tbody td").getText().matches("[0-9]+"), "sessions delivered: " + browser.find("#headline tbody td").getText());
        assertEquals(2, browser.findAll(".chart canvas").size(), "the rates and reach charts");
        for (var canvas : browser.findAll(".chart canvas")) {
            assertTrue(canvas.getRect().getHeight() >= 250, "a chart " + canvas.getRect().getHeight() + " px high, not squashed");
        }
        assertEquals(9, browser.findAll("#trend thead th").size(), "the indicator and eight quarters");
        assertTrue(browser.text("#by-STRAND").contains("Child protection"), browser.text("#by-STRAND"));
        // No count about one to four people is shown in a breakdown; the page says why some figures are missing.
        assertTrue(browser.text("#smallNumbers").contains("Figures about fewer than 5 people are not shown"), browser.text("#smallNumbers"));
        for (String table : List.of("STRAND", "AGENCY", "GROUP")) {
            List<String> headings = browser.findAll("#by-" + table + " thead th").stream().map(e -> e.getText()).toList();
            for (org.openqa.selenium.WebElement row : browser.findAll("#by-" + table + " tbody tr")) {
                List<String> cells = row.findElements(org.openqa.selenium.By.cssSelector("th, td")).stream().map(e -> e.getText()).toList();
                for (String counted : List.of("Bookings", "Late cancellations", "Unmet demand (waiting)", "Unique learners")) {
                    String cell = cells.get(headings.indexOf(counted));
                    assertTrue(!cell.matches("[1-4]"), table + " " + counted + ": " + cells);
                }
            }
        }
        assertTrue(browser.text("#reportPack").contains("kpi-report-child-protection-committee-" + quarter + ".pdf"), browser.text("#reportPack"));
        browser.assertAccessible("dashboard");

        // A committee viewer sees their own committees only: another's dashboard, downloads and pack are not there.
        assertEquals(List.of("Child Protection Committee", "Violence Against Women Partnership"),
                browser.findAll("#committee option").stream().map(e -> e.getText()).toList());
        browser.get("/committee/dashboard.xhtml?committee=MAPPA_GROUP&quarter=" + quarter);
        assertTrue(browser.h1().endsWith("Child Protection Committee"), "not the MAPPA group's: " + browser.h1());
        String own = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        for (String path : List.of("committee/kpi.csv?committee=MAPPA_GROUP&quarter=" + quarter + "&table=ALL",
                "committee/report?committee=MAPPA_GROUP&quarter=" + quarter + "&format=PDF")) {
            HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                    .header("Cookie", "JSESSIONID=" + own).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, other.statusCode(), path);
        }
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm()
                        + "committee/report?committee=" + COMMITTEE + "&quarter=" + quarter + "&format=PDF"))
                .header("Cookie", "JSESSIONID=" + own).build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "their own pack");
        browser.get("/committee/dashboard.xhtml?committee=" + COMMITTEE + "&quarter=" + quarter);

        String href = browser.find("#downloadTrend").getAttribute("href");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(9, lines.size(), "a heading and eight quarters");
        assertTrue(lines.get(0).startsWith("Quarter,Sessions delivered,Places offered,Bookings,Fill rate"), lines.get(0));
        assertTrue(lines.get(8).startsWith(quarter + ","), lines.get(8));
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href.replace("table=TREND", "table=NOPE")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        browser.get("/committee/dashboard.xhtml?committee=" + COMMITTEE + "&quarter=2026-Q7");
        assertEquals(List.of("Enter the quarter as the year it starts in and its number, like 2026-Q1 (Q1 is April to June)."),
                browser.errors());
        assertEquals("#quarter", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("dashboard-error");
        browser.get("/committee/dashboard.xhtml?committee=" + COMMITTEE + "&quarter="
                + Quarter.of(LocalDate.now()).next().code());
        assertEquals(List.of("That quarter has not begun yet. Choose the current quarter or an earlier one."), browser.errors());
    }
}
