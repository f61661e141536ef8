package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public catalogue and course pages, without signing in, on the demo catalogue. */
class CatalogueIT extends BrowserIT {

    private List<String> titles() {
        return browser.findAll(".course-list__title a").stream().map(WebElement::getText).toList();
    }

    @Test
    void theCatalogueListsCoursesSoonestFirstAndFilters() {
        browser.get("/catalogue.xhtml");
        assertEquals("Courses and learning", browser.h1());
        assertTrue(titles().size() >= 10, titles().toString());
        assertTrue(browser.text(".course-list").contains("Next session"));
        browser.assertAccessible("catalogue");

        new Select(browser.byId("strand")).selectByVisibleText("MAPPA (multi-agency public protection arrangements)");
        browser.submit("search");
        assertTrue(titles().contains("MAPPA: arrangements and the duty to cooperate"), titles().toString());
        titles().forEach(title -> assertTrue(title.startsWith("MAPPA"), title));

        browser.get("/catalogue.xhtml");
        new Select(browser.byId("mode")).selectByVisibleText("E-learning");
        browser.submit("search");
        assertTrue(titles().contains("Recognising and responding to concerns about children"), titles().toString());
        assertEquals(titles().size(), browser.findAll(".course-list__item").stream()
                .filter(item -> item.getText().contains("Self-guided: do it in your own time.")).count());

        browser.get("/catalogue.xhtml");
        browser.type("q", "chronolog");
        browser.submit("search");
        assertEquals(List.of("Multi-agency chronologies"), titles());
    }

    @Test
    void onlyCoursesWithPlacesToBookNowCanBeAskedFor() {
        browser.get("/catalogue.xhtml");
        int all = Integer.parseInt(browser.text("#results-heading").replaceAll("\\D", ""));
        browser.byId("places").click();
        browser.submit("search");
        assertTrue(browser.driver().getCurrentUrl().contains("places=yes"), browser.driver().getCurrentUrl());
        assertTrue(browser.byId("places").isSelected());
        int withPlaces = Integer.parseInt(browser.text("#results-heading").replaceAll("\\D", ""));
        assertTrue(withPlaces > 0 && withPlaces < all, withPlaces + " of " + all);
        browser.assertAccessible("catalogue-has-places");
    }

    @Test
    void aBadDateInTheAddressIsReportedOnItsFieldAndTheRestStillSearches() {
        browser.get("/catalogue.xhtml?from=31/02/2027&q=trauma");
        assertEquals("Enter a real date, for example 2027-03-31.", browser.text("#from-error"));
        assertEquals("#from", browser.find(".error-summary a").getAttribute("hash"));
        assertTrue(titles().contains("Trauma-informed practice"), titles().toString());
        browser.assertAccessible("catalogue-bad-date");
    }

    @Test
    void aCoursePageShowsOutcomesSessionsPrerequisitesAndTheTraumaStatement() {
        browser.get("/catalogue.xhtml?q=chronologies");
        browser.find(".course-list__title a").click();
        assertEquals("Multi-agency chronologies", browser.h1());
        assertTrue(browser.text(".trauma-statement").contains("you will never be required to disclose any such information"));
        assertEquals(3, browser.findAll("#outcomes li").size());
        assertEquals("Free", browser.text("#cost"));
        assertEquals(List.of("Child protection: key processes, roles and responsibilities"),
                browser.findAll("#prerequisites a").stream().map(WebElement::getText).toList());
        assertTrue(browser.findAll("#sessions tbody tr").size() >= 1);
        browser.assertAccessible("course");
    }

    @Test
    void noteOfInterestAndCancelledSessionsSaySo() {
        browser.get("/catalogue.xhtml?q=national+risk+framework");
        browser.find(".course-list__title a").click();
        assertTrue(browser.text("#sessions").contains("Note of interest open until"), browser.text("#sessions"));
        browser.get("/catalogue.xhtml?q=recognising+and+responding+to+concerns");
        browser.find(".course-list__title a").click();
        assertFalse(browser.text("main").contains("No sessions are planned yet."));
        assertEquals("Do this course in your own time", browser.text("#resources-heading"));
    }

    @Test
    void anUnknownOrMalformedCourseIdShowsTheNotFoundPage() {
        browser.get("/course.xhtml?id=999999999");
        assertEquals("Page not found", browser.h1());
        browser.get("/course.xhtml?id=abc");
        assertEquals("Page not found", browser.h1());
        browser.get("/course.xhtml");
        assertEquals("Page not found", browser.h1());
        assertFalse(browser.text("body").contains("Exception"));
    }
}
