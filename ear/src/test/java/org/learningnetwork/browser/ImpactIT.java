package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;

/**
 * The impact view per course, on the demo's year of evaluated sessions: the learning team works out a quarter's course
 * impact again from the jobs screen (a malformed quarter refused on the field); a committee member goes from the KPI
 * dashboard to the impact view, finds the course flagged for low practice change, reads its figures by learning
 * outcome and its barriers, and downloads the table as CSV; a malformed quarter and an unknown course are said to be
 * so. Axe checks each page.
 */
class ImpactIT extends BrowserIT {

    private static final String VAWP = "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP";

    @Test
    void aCommitteeMemberFindsTheCourseWithLowPracticeChangeAndReadsItsFigures() throws Exception {
        // The demo's sessions two quarters back have had their three-month follow-ups.
        String quarter = Quarter.of(LocalDate.now(ZoneId.of("Europe/London"))).previous().previous().code();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/jobs.xhtml");
        browser.type("impactForm:quarter", "last year");
        browser.submit("impactForm:run");
        assertEquals(List.of("Enter the quarter as the year it starts in and its number, like 2026-Q1 (Q1 is April to June)."),
                browser.errors());
        assertEquals("#impactForm:quarter", browser.find(".error-summary a").getAttribute("hash"));
        browser.type("impactForm:quarter", quarter);
        browser.submit("impactForm:run");
        String run = awaitJobRun();
        assertTrue(browser.text(run).contains("Work out each course's impact"), browser.text(run));
        assertTrue(browser.text(run).matches("(?s).*one quarter, [0-9a-z]+ courses? worked out.*"), browser.text(run));
        browser.signOut();

        browser.signIn("committee", DEMO_PASSWORD);
        browser.navigateTo("/committee/dashboard.xhtml");
        // The quarter of the follow-ups (the dashboard shows the latest worked out, which another test may have made the
        // current one).
        browser.get("/committee/dashboard.xhtml?quarter=" + quarter);
        browser.find("#impactLink").click();
        assertTrue(browser.h1().startsWith("Impact by course"), browser.h1());
        assertTrue(browser.findAll("#courses tbody tr").size() >= 1, "the child protection course: " + browser.text("main"));
        browser.assertAccessible("impact");

        browser.get("/committee/impact.xhtml?committee=" + VAWP + "&quarter=" + quarter);
        assertTrue(browser.h1().endsWith("Violence Against Women Partnership"), browser.h1());
        List<String> headings = browser.findAll("#courses thead th").stream().map(WebElement::getText).toList();
        // The flag beside the course, where it is seen without scrolling sideways.
        assertEquals(List.of("Course", "Low practice change for its end-of-course scores", "Sessions", "Learners",
                "Answered at the end of the course", "Mean satisfaction (1 to 5)",
                "Satisfied (agreed or strongly agreed)", "Mean relevance to role (1 to 5)", "Mean confidence change (points)",
                "Learners answering the follow-up", "Learners reporting changed practice", "Managers answering the follow-up",
                "Managers reporting changed practice", "Barriers chosen most often"),
                headings);
        WebElement flagged = browser.findAll("#courses tbody tr").stream().filter(r -> r.getText().contains("Low practice change"))
                .findFirst().orElseThrow(() -> new AssertionError("No course flagged: " + browser.text("#courses")));
        assertTrue(browser.text("#flaggedSummary").matches("(One course is|[0-9]+ courses are) flagged for low practice change, of .*"),
                browser.text("#flaggedSummary"));
        String title = flagged.findElement(org.openqa.selenium.By.cssSelector("th a")).getText();
        String csvHref = browser.find("#downloadImpact").getAttribute("href");

        flagged.findElement(org.openqa.selenium.By.cssSelector("th a")).click();
        assertEquals(title, browser.h1().replace("Impact of the sessions in " + quarter, "").strip());
        assertTrue(browser.text("#flag").startsWith("Low practice change"), browser.text("#flag"));
        assertTrue(browser.find("#back").getAttribute("href").endsWith("committee=" + VAWP), "back to the partnership's list");
        assertEquals(11, browser.findAll("#figures tr").size());
        assertFalse(browser.findAll("#outcomes tbody tr").isEmpty(), "confidence by learning outcome");
        assertTrue(browser.findAll("#outcomes tbody td").stream().allMatch(td -> td.getText().matches("[0-9.-]+")),
                browser.text("#outcomes"));
        assertFalse(browser.findAll("#barriers tbody tr").isEmpty(), "the barriers chosen");
        browser.assertAccessible("course-impact");

        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("Quarter,Course,Sessions,Learners,Answered at the end of the course"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(quarter + ",") && l.contains(title) && l.endsWith(",Yes")), csv.body());

        browser.get("/committee/impact.xhtml?committee=" + VAWP + "&quarter=2026-Q7");
        assertEquals(List.of("Enter the quarter as the year it starts in and its number, like 2026-Q1 (Q1 is April to June)."),
                browser.errors());
        assertEquals("#quarter", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("impact-error");
        browser.get("/committee/course-impact.xhtml?course=999999999&quarter=" + quarter);
        assertEquals("Page not found", browser.h1());
        browser.get("/committee/course-impact.xhtml?course=nope&quarter=" + quarter);
        assertEquals("Page not found", browser.h1());
    }
}
