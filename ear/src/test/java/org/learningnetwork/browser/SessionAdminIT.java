package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The learning team plans sessions of a course: add, change, copy to a new date, cancel, and see them on the schedule. */
class SessionAdminIT extends BrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private String tag;

    @BeforeEach
    void signIn() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("coordinator", DEMO_PASSWORD);
    }

    /** A new in-person Justice course of this test's own, its edit page left open. */
    private void addCourse(String title) {
        browser.get("/coordinator/course.xhtml");
        browser.type("courseForm:title", title);
        browser.type("courseForm:summary", "Supervising community orders with partner agencies.");
        new Select(browser.byId("courseForm:deliveryMode")).selectByVisibleText("In person");
        browser.type("courseForm:durationMinutes", "240");
        browser.type("courseForm:cpdHours", "4");
        browser.type("courseForm:provider", "Forth Valley justice social work");
        browser.driver().findElement(By.xpath("//label[normalize-space()='Justice']")).click();
        browser.find("label[for^='courseForm:groups_JSW']").click();
        browser.submit("courseForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
    }

    private void fillSession(LocalDate day, String start, String end, String capacity, LocalDate closes) {
        browser.setValue("sessionForm:startsAt", day.toString());
        browser.setValue("sessionForm:startsAtTime", start);
        browser.setValue("sessionForm:endsAtTime", end);
        browser.type("sessionForm:capacity", capacity);
        browser.setValue("sessionForm:bookingOpensAt", day.minusWeeks(4).toString());
        browser.setValue("sessionForm:bookingClosesAt", closes.toString());
    }

    @Test
    void aSessionIsAddedCopiedAndCancelledAndBadInputIsRefused() {
        addCourse("Community payback " + tag);
        browser.find("#addSession").click();
        assertEquals("Community payback " + tag + " Add a session", browser.h1().replace('\n', ' '));
        assertEquals("20", browser.byId("sessionForm:capacity").getAttribute("value"));
        browser.assertAccessible("coordinator-session-new");

        // Ending before it starts, booking closing after the start, no places, an unknown facilitator.
        LocalDate day = TODAY.plusWeeks(6);
        fillSession(day, "13:00", "09:00", "0", day.plusDays(1));
        new Select(browser.byId("sessionForm:place")).selectByIndex(2);
        browser.type("sessionForm:facilitators", "nobody." + tag + "@example.org");
        browser.submit("sessionForm:save");
        List<String> errors = browser.errors();
        assertTrue(errors.contains("The session must end after it starts."), errors.toString());
        assertTrue(errors.contains("Booking must close no later than the start of the session."), errors.toString());
        assertTrue(errors.contains("A session needs at least 1 place."), errors.toString());
        assertTrue(errors.contains("Each facilitator must be a person on the system: enter their work e-mail address, one per line."), errors.toString());
        browser.assertAccessible("coordinator-session-errors");

        // Places that are not a number, with the session's own problems: all of them said in the same round, in the
        // order of the page (the facilitators, being looked up, are checked once the form has been read).
        browser.type("sessionForm:capacity", "lots");
        browser.type("sessionForm:facilitators", "");
        browser.submit("sessionForm:save");
        assertEquals(List.of("The session must end after it starts.", "Enter the number of places as a whole number, for example 20.",
                "Booking must close no later than the start of the session."), browser.errors());

        browser.setValue("sessionForm:startsAtTime", "");
        browser.type("sessionForm:capacity", "-3");
        browser.submit("sessionForm:save");
        assertTrue(browser.errors().contains("Enter the time."), browser.errors().toString());

        // Nothing was saved.
        browser.find("a[href*='coordinator/course.xhtml']").click();
        assertTrue(browser.text("main").contains("No sessions are planned yet."));

        browser.find("#addSession").click();
        fillSession(day, "09:30", "13:30", "18", day.minusDays(3));
        browser.type("sessionForm:facilitators", "facilitator@demo.learning-network.scot");
        new Select(browser.byId("sessionForm:status")).selectByVisibleText("Open for booking");
        browser.submit("sessionForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        assertEquals(day.toString(), browser.byId("sessionForm:startsAt").getAttribute("value"));
        assertEquals("13:30", browser.byId("sessionForm:endsAtTime").getAttribute("value"));
        assertEquals("Open for booking", new Select(browser.byId("sessionForm:status")).getFirstSelectedOption().getText());
        browser.assertAccessible("coordinator-session-edit");

        // Copy a week later, keeping the time.
        browser.submit("copyForm:copy");
        assertEquals(List.of("Enter the date of the new session."), browser.errors());
        browser.setValue("copyForm:copyDate", day.plusWeeks(1).toString());
        browser.submit("copyForm:copy");
        assertTrue(browser.text(".notice").contains("Copied."), browser.text("main"));
        assertEquals(day.plusWeeks(1).toString(), browser.byId("sessionForm:startsAt").getAttribute("value"));
        assertEquals("09:30", browser.byId("sessionForm:startsAtTime").getAttribute("value"));
        assertEquals(day.plusWeeks(1).minusDays(3).toString(), browser.byId("sessionForm:bookingClosesAt").getAttribute("value"));
        assertEquals("18", browser.byId("sessionForm:capacity").getAttribute("value"));

        // Cancel the copy: a reason is needed.
        browser.submit("cancelForm:cancelSession");
        assertEquals(List.of("Enter why the session is cancelled: everyone booked on it will be told."), browser.errors());
        browser.assertAccessible("coordinator-session-cancel-error");
        browser.type("cancelForm:cancellationReason", "The trainer is unwell");
        browser.submit("cancelForm:cancelSession");
        // Asked first, with the reason people will be told; "No" changes nothing.
        assertTrue(browser.text("#confirmCancelForm").contains("“The trainer is unwell”"), browser.text("main"));
        browser.assertAccessible("coordinator-session-cancel-confirm");
        browser.submit("confirmCancelForm:no");
        assertTrue(browser.findAll("#cancelledNotice").isEmpty(), "kept");
        browser.type("cancelForm:cancellationReason", "The trainer is unwell");
        browser.submit("cancelForm:cancelSession");
        browser.submit("confirmCancelForm:yes");
        assertTrue(browser.text(".notice").contains("The session is cancelled."));
        assertTrue(browser.text("#cancelledNotice").contains("The trainer is unwell"));
        assertTrue(browser.findAll("#sessionForm\\:save").isEmpty());
        assertTrue(browser.findAll("#cancelForm").isEmpty());

        browser.find("a[href*='coordinator/course.xhtml']").click();
        String sessions = browser.text("#sessions");
        assertTrue(sessions.contains("Open for booking"), sessions);
        assertTrue(sessions.contains("Cancelled"), sessions);
    }

    @Test
    void theScheduleShowsSessionsFilteredByStrandAndVenue() {
        addCourse("Scheduled payback " + tag);
        browser.find("#addSession").click();
        LocalDate day = TODAY.withDayOfMonth(Math.min(TODAY.getDayOfMonth(), 27));
        fillSession(day, "14:00", "16:00", "12", day.minusDays(1));
        Select places = new Select(browser.byId("sessionForm:place"));
        places.selectByIndex(2);
        String venueId = places.getFirstSelectedOption().getAttribute("value").replace("venue-", "");
        browser.submit("sessionForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));

        browser.get("/coordinator/schedule.xhtml");
        assertTrue(eventTitles().contains("Scheduled payback " + tag), eventTitles().toString());
        browser.assertAccessible("coordinator-schedule");
        // The week and the agenda, each as a keyboard user reaches it from the schedule's buttons.
        for (String view : List.of("timeGridWeek", "listMonth")) {
            browser.find(".fc-" + view + "-button").sendKeys(org.openqa.selenium.Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector(".fc-" + view + "-view")).isEmpty());
            browser.assertAccessible("coordinator-schedule-" + view);
        }

        new Select(browser.byId("strand")).selectByVisibleText("Justice");
        new Select(browser.byId("venue")).selectByValue(venueId);
        browser.submit("filter");
        assertTrue(eventTitles().contains("Scheduled payback " + tag), eventTitles().toString());

        new Select(browser.byId("strand")).selectByVisibleText("MAPPA (multi-agency public protection arrangements)");
        browser.submit("filter");
        assertFalse(eventTitles().contains("Scheduled payback " + tag), eventTitles().toString());

        browser.get("/coordinator/schedule.xhtml?strand=JUSTICE");
        assertTrue(eventTitles().contains("Scheduled payback " + tag), eventTitles().toString());
        WebElement event = browser.driver().findElements(By.cssSelector("a.fc-event")).stream()
                .filter(e -> e.getText().contains("Scheduled payback " + tag)).findFirst().orElseThrow();
        event.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("session.xhtml"));
        assertEquals(day.toString(), browser.byId("sessionForm:startsAt").getAttribute("value"));
    }

    /** The titles of the events the schedule shows, once it has loaded them. */
    private List<String> eventTitles() {
        // The schedule draws its grid, then fetches the events of the weeks shown with an AJAX request.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".fc-daygrid-body")).isEmpty()
                        && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
        return browser.findAll(".fc-event-title").stream().map(WebElement::getText).toList();
    }

    @Test
    void anUnknownSessionOrCourseShowsTheNotFoundPage() {
        browser.get("/coordinator/session.xhtml?id=999999999");
        assertEquals("Page not found", browser.h1());
        browser.get("/coordinator/session.xhtml?course=abc");
        assertEquals("Page not found", browser.h1());
        browser.get("/coordinator/session.xhtml");
        assertEquals("Page not found", browser.h1());
    }
}
