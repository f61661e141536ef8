package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningnetwork.reporting.Quarter;
import org.openqa.selenium.By;

/**
 * The learning team works out a quarter's KPI figures from the jobs page: a malformed or future quarter is refused on
 * its field (in the error summary, linked); a good one runs, and the page follows it to completion with its steps.
 * The impact evaluation is started too. Axe checks each state of the page.
 */
class JobsIT extends BrowserIT {

    @Test
    void theLearningTeamWorksOutAQuartersFiguresAndFollowsTheRun() throws InterruptedException {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.find("a[href$='/coordinator/jobs.xhtml']").click();
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
        assertEquals(List.of("clear", "figures", "finish"), browser.findAll(run + " tbody tr").stream()
                .map(row -> row.findElement(By.tagName("td")).getText()).toList());
        assertTrue(browser.text("#quarters").contains("2012-Q3"), browser.text("#quarters"));
        browser.assertAccessible("jobs-completed");

        browser.submit("impactForm:run");
        assertTrue(browser.text(".notice").startsWith("The impact evaluation is running"), browser.text(".notice"));
    }
}
