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
import org.learningnetwork.reporting.Quarter;

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
        browser.find("a[href$='/committee/dashboard.xhtml']").click();
        browser.get("/committee/dashboard.xhtml?committee=" + COMMITTEE + "&quarter=" + quarter);
        assertTrue(browser.h1().endsWith("Child Protection Committee"), browser.h1());
        List<String> indicators = browser.findAll("#headline tbody th").stream().map(e -> e.getText()).toList();
        assertEquals(17, indicators.size(), indicators.toString());
        assertTrue(indicators.contains("Fill rate") && indicators.contains("Managers reporting changed practice"), indicators.toString());
        assertTrue(browser.find("#headline tbody td").getText().matches("[0-9]+"), "sessions delivered: " + browser.find("#headline tbody td").getText());
        assertEquals(2, browser.findAll(".chart canvas").size(), "the rates and reach charts");
        assertEquals(9, browser.findAll("#trend thead th").size(), "the indicator and eight quarters");
        assertTrue(browser.text("#by-STRAND").contains("Child protection"), browser.text("#by-STRAND"));
        assertTrue(browser.text("#reportPack").contains("kpi-report-child-protection-committee-" + quarter + ".pdf"), browser.text("#reportPack"));
        browser.assertAccessible("dashboard");

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
