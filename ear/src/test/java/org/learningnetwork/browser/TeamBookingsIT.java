package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager's "My team's bookings" and booking on behalf; the learning team approving for a manager on the roster;
 * a booking's history (its learner and the learning team only); recording equivalent learning.
 */
class TeamBookingsIT extends BrowserIT {

    @Test
    void aManagerBooksSomeoneInTheirTeamOnTheirBehalfAndSeesTheTeamsBookings() {
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.navigateTo("/my/team.xhtml");
        assertEquals("My team's bookings", browser.h1());
        browser.assertAccessible("team");

        browser.submit("bookForm:book");
        assertEquals(List.of("Choose the member of staff to book.", "Choose the session to book them onto."), browser.errors());
        assertEquals("#bookForm:person", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("team-errors");

        // The staff member may already be booked on a session, or miss a prerequisite: try the sessions from the last.
        List<WebElement> options = new Select(browser.byId("bookForm:session")).getOptions();
        String booked = null;
        for (int i = options.size() - 1; i > 0 && booked == null && i > options.size() - 15; i--) {
            new Select(browser.byId("bookForm:person")).selectByVisibleText("Callum Drummond");
            Select sessions = new Select(browser.byId("bookForm:session"));
            sessions.selectByIndex(i);
            String label = sessions.getFirstSelectedOption().getText();
            // What booking would do is said before booking: the places left, full, or an allocation to come.
            assertTrue(label.matches(".* – (1 place left|\\d+ places left|full: they would join the waiting list|note of interest: .*)"), label);
            new Select(browser.byId("bookForm:needLevel")).selectByVisibleText("Would strengthen their current practice");
            browser.type("bookForm:need", "Moving to the duty team in the new year.");
            browser.submit("bookForm:book");
            if (!browser.findAll(".notice").isEmpty()) {
                booked = label;
            } else {
                assertEquals(1, browser.errors().size(), browser.errors().toString());
            }
        }
        assertTrue(booked != null, "one of the sessions could be booked");
        String course = booked.substring(0, booked.lastIndexOf(',', booked.lastIndexOf(',') - 1));
        assertTrue(browser.text(".notice").startsWith("Booked") || browser.text(".notice").contains("waiting list")
                || browser.text(".notice").contains("note of interest"), browser.text(".notice"));
        assertTrue(browser.findAll("#teamBookings tbody tr").stream()
                .anyMatch(tr -> tr.getText().contains("Callum Drummond") && tr.getText().contains(course)), browser.text("#teamBookings"));
        browser.assertAccessible("team-booked");
    }

    @Test
    void theLearningTeamApprovesForAManagerAndTheHistoryShowsWhoDidWhat() {
        browser.signIn("learner", DEMO_PASSWORD);
        String apply = applyLinkWithoutPrerequisites();
        String sessionId = apply.substring(apply.indexOf("session=") + 8).replaceAll("\\D.*", "");
        browser.driver().get(apply);
        String course = browser.text("h1 .caption");
        submitConfirmingAnyGroupWarning();
        assertTrue(browser.text(".notice").contains("sent to your line manager"), browser.text("main"));
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/roster.xhtml?session=" + sessionId);
        List<WebElement> rows = browser.findAll("#roster tbody tr");
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains("Callum Drummond")) {
                row = i;
            }
        }
        assertTrue(row >= 0, browser.text("#roster"));
        browser.submit("rosterForm:rows:" + row + ":approve");
        assertTrue(browser.text(".notice").contains("Approved on the line manager's behalf"), browser.text("main"));
        WebElement approved = browser.findAll("#roster tbody tr").stream().filter(tr -> tr.getText().contains("Callum Drummond"))
                .findFirst().orElseThrow();
        String status = approved.findElements(By.tagName("td")).get(2).getText();
        assertTrue(status.equals("Confirmed") || status.equals("On the waiting list"), status);
        String history = approved.findElement(By.cssSelector(".history-link")).getAttribute("href");
        browser.driver().get(history);
        assertEquals("Booking history", browser.h1().replace(browser.text("h1 .caption"), "").strip());
        // The learner may have applied for this session before (in another test): the last two changes are today's.
        List<WebElement> events = browser.findAll("#history tbody tr");
        int count = events.size();
        assertTrue(count >= 2, browser.text("#history"));
        assertTrue(events.get(count - 2).getText().contains("the learner"), events.get(count - 2).getText());
        assertTrue(events.get(count - 1).getText().contains("learning team"), events.get(count - 1).getText());
        browser.assertAccessible("booking-history");
        browser.signOut();

        // The learner sees their own booking's history from My learning; a manager who is not the learner gets not found.
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        // This booking, not another of the same course that other tests left on the learner's record.
        WebElement mine = thisBooking(history).orElseThrow(() -> new AssertionError(course + " not in " + browser.text("main")));
        browser.driver().get(mine.findElement(By.cssSelector(".history-link")).getAttribute("href"));
        assertEquals(count, browser.findAll("#history tbody tr").size());
        // Cancelled again, so that the demo learner can apply for this session in other tests.
        browser.get("/my/index.xhtml");
        cancelBooking(thisBooking(history).orElseThrow(), null);
        assertTrue(browser.text(".notice").contains("cancelled"), browser.text("main"));
        browser.signOut();
        browser.signIn("manager", DEMO_PASSWORD);
        browser.driver().get(history);
        assertEquals("Page not found", browser.h1());
        browser.get("/my/booking.xhtml?id=x");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void theLearningTeamRecordsEquivalentLearning() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/people/people.xhtml?q=Drummond");
        browser.find("#people a[href*='person.xhtml'], table a[href*='person.xhtml']").click();
        browser.submit("learningLink");
        assertTrue(browser.h1().endsWith("Learning record"), browser.h1());
        browser.assertAccessible("person-learning");

        browser.setValue("equivalentForm:completedOn", "2099-01-01");
        browser.submit("equivalentForm:record");
        assertEquals(List.of("Choose the course the learning is equivalent to.", "The date of the learning cannot be in the future.",
                "Describe the evidence you saw."), browser.errors());
        assertEquals("#equivalentForm:course", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("person-learning-errors");

        Select course = new Select(browser.byId("equivalentForm:course"));
        course.selectByIndex(course.getOptions().size() - 1);
        String title = course.getFirstSelectedOption().getText();
        browser.setValue("equivalentForm:completedOn", "2026-03-17");
        browser.type("equivalentForm:evidence", "Certificate from the partner agency's course, March 2026");
        browser.submit("equivalentForm:record");
        assertTrue(browser.text(".notice").contains("Recorded"), browser.text("main"));
        assertTrue(browser.findAll("#learningRecord tbody tr").stream()
                .anyMatch(tr -> tr.getText().contains(title) && tr.getText().contains("Equivalent learning")), browser.text("#learningRecord"));
    }

    /** The row of My learning whose history link is {@code history}. */
    private java.util.Optional<WebElement> thisBooking(String history) {
        return browser.findAll("#myBookings tbody tr").stream().filter(tr -> !tr.findElements(By.cssSelector(".history-link")).isEmpty()
                && history.equals(tr.findElement(By.cssSelector(".history-link")).getAttribute("href"))).findFirst();
    }
}
