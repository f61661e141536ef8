package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning team adds a venue and its rooms, puts a session in a room (no more places than it seats), and learners
 * see where the session is and how to get in, from the course page to the venue's page.
 */
class VenueAdminIT extends BrowserIT {

    @Test
    void aVenueAndItsRoomsAreAddedAndLearnersFindTheirWayThere() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Brechin Community Campus " + tag;
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/venues.xhtml");
        assertEquals("Venues", browser.h1());
        assertTrue(browser.text("#venues").contains("Dundee Learning Centre"), browser.text("main"));
        browser.assertAccessible("coordinator-venues");
        browser.assertFitsPhone("coordinator-venues");

        // Every problem at once, each linked to its field.
        browser.find("#addVenue").click();
        browser.type("venueForm:mapUrl", "somewhere on the map");
        browser.submit("venueForm:save");
        assertEquals(List.of("Enter the venue's name.", "Enter the venue's address.", "Enter the town.",
                "Enter the map link as a web address starting with https://"), browser.errors());
        assertEquals("#venueForm:name", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("coordinator-venue-errors");

        browser.type("venueForm:name", name);
        browser.type("venueForm:address", "Duke Street");
        browser.type("venueForm:town", "Brechin");
        browser.type("venueForm:postcode", "DD9 6LB");
        browser.type("venueForm:mapUrl", "https://maps.example.org/brechin");
        browser.type("venueForm:accessNotes", "Level access from the car park; hearing loop in the studio.");
        browser.submit("venueForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        assertEquals(name, browser.h1());

        // Rooms: both problems at once, then added; the number seated changed.
        browser.type("roomForm:capacity", "lots");
        browser.submit("roomForm:saveRoom");
        assertEquals(List.of("Enter the room's name.", "Enter the number of people the room seats, from 1 to 1000."), browser.errors());
        browser.type("roomForm:name", "Studio");
        browser.type("roomForm:capacity", "14");
        browser.submit("roomForm:saveRoom");
        assertTrue(browser.text(".notice").contains("The room was added."), browser.text("main"));
        browser.type("roomForm:name", "Hall");
        browser.type("roomForm:capacity", "60");
        browser.submit("roomForm:saveRoom");
        assertTrue(browser.text("#rooms").contains("Studio"), browser.text("#rooms"));
        browser.assertAccessible("coordinator-venue");
        browser.assertFitsPhone("coordinator-venue");
        browser.find("a[aria-label='Change: Hall']").click();
        assertEquals("Hall", browser.byId("roomForm:name").getAttribute("value"));
        browser.type("roomForm:capacity", "50");
        browser.submit("roomForm:saveRoom");
        assertTrue(browser.text("#rooms").contains("50"), browser.text("#rooms"));

        // A session in the studio: more places than it seats are refused, then it is saved with twelve.
        browser.get("/coordinator/courses.xhtml");
        browser.find("#coursesForm\\:courses tbody a").click();
        browser.find("#addSession").click();
        LocalDate day = LocalDate.now().plusWeeks(7);
        browser.setValue("sessionForm:startsAt", day.toString());
        browser.setValue("sessionForm:startsAtTime", "10:00");
        browser.setValue("sessionForm:endsAtTime", "12:00");
        browser.type("sessionForm:capacity", "20");
        browser.setValue("sessionForm:bookingOpensAt", LocalDate.now().toString());
        browser.setValue("sessionForm:bookingClosesAt", day.minusDays(2).toString());
        new Select(browser.byId("sessionForm:place")).selectByVisibleText(name + ": Studio, seats 14");
        new Select(browser.byId("sessionForm:status")).selectByVisibleText("Open for booking");
        browser.submit("sessionForm:save");
        assertEquals(List.of("Studio seats 14: offer no more places, or choose a larger room."), browser.errors());
        browser.type("sessionForm:capacity", "12");
        browser.submit("sessionForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        String courseId = browser.find("a[href*='coordinator/course.xhtml']").getAttribute("href").replaceAll(".*id=", "");

        // The learner sees the venue on the course page, and its page says how to get there and in.
        browser.signOut();
        browser.get("/course.xhtml?id=" + courseId);
        WebElement venueLink = browser.driver().findElements(By.cssSelector("#sessions a")).stream()
                .filter(a -> a.getText().equals(name)).findFirst().orElseThrow(() -> new AssertionError(browser.text("#sessions")));
        venueLink.click();
        assertEquals("Venue " + name, browser.h1().replace('\n', ' '));
        assertEquals("Duke Street\nBrechin DD9 6LB", browser.text("#address"));
        assertEquals("https://maps.example.org/brechin", browser.byId("map").getAttribute("href"));
        assertEquals("Level access from the car park; hearing loop in the studio.", browser.text("#access"));
        assertTrue(browser.text("#sessions").contains("(Studio)"), browser.text("#sessions"));
        browser.assertAccessible("venue-page");
        browser.assertFitsPhone("venue-page");

        browser.get("/venue.xhtml?id=abc");
        assertEquals("Page not found", browser.h1());
    }
}
