package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning team reads the workforce-planning report over the demo workforce, narrows it, and downloads it; a bad
 * filter is said on the page and answered 400 by the download; anyone else is refused.
 */
class WorkforcePlanningIT extends BrowserIT {

    private HttpResponse<String> download(String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLearningTeamReadsNarrowsAndDownloadsThePlan() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/workforce.xhtml");
        assertEquals("Workforce planning", browser.h1());
        assertTrue(browser.text("#qualifiers").contains("Practice Learning Qualification (Social Services) Stage 2"), browser.text("#qualifiers"));
        assertTrue(browser.text("#gaps").contains("SVQ 3 Social Services and Healthcare"), browser.text("main"));
        assertTrue(browser.text("#agencies").contains("Tayforth"), browser.text("#agencies"));
        browser.assertAccessible("coordinator-workforce");
        browser.assertFitsPhone("coordinator-workforce");

        new Select(browser.byId("network")).selectByVisibleText("North of Scotland");
        browser.submit("filter");
        assertTrue(browser.text("main").contains("No agency has anyone working towards a qualification or registered."), browser.text("main"));

        HttpResponse<String> csv = download(browser.find("#downloadCsv").getAttribute("href").replace("network=North+of+Scotland", "")
                .replace("?&", "?"));
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals("Expected qualifiers", lines.get(0));
        assertTrue(csv.body().contains("Registration conditions falling due"), csv.body());
        assertEquals(200, download(browser.find("#downloadXlsx").getAttribute("href")).statusCode());
        HttpResponse<String> pdf = download(browser.find("#downloadPdf").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF document");

        // Narrowed to a partnership: the Forth Valley agencies only.
        browser.get("/coordinator/workforce.xhtml");
        new Select(browser.byId("partnership")).selectByVisibleText("Forth Valley Public Protection");
        browser.submit("filter");
        assertTrue(browser.text("#agencies").contains("NHS Forth Valley") && !browser.text("#agencies").contains("NHS Tayside"),
                browser.text("#agencies"));

        browser.get("/coordinator/workforce.xhtml?agency=abc&network=Atlantis&partnership=0");
        assertTrue(browser.errors().containsAll(List.of("Choose one of the networks listed.", "Choose one of the agencies listed.",
                "Choose a partnership from the list.")), browser.errors().toString());
        String base = browser.find("#downloadCsv").getAttribute("href").replaceAll("\\?.*", "");
        HttpResponse<String> bad = download(base + "?agency=abc");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Choose one of the agencies listed."), bad.body());
        assertEquals(400, download(base + "?network=Atlantis").statusCode());
        assertEquals(400, download(base.replace(".csv", ".pdf") + "?partnership=x").statusCode());

        browser.signOut();
        browser.signIn("learner", DEMO_PASSWORD);
        assertEquals(403, download(base).statusCode());
    }
}
