package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Keyboard focus is visible on every kind of control, on pages with the PrimeFaces theme as without it; the header's
 * navigation groups each role's pages into a menu, and on a phone folds under a Menu button.
 */
class FocusAndMenuIT extends BrowserIT {

    private static final String[] KINDS = {"a", "button", "summary", "input[type=text]", "input[type=email]", "input[type=submit]",
        "input[type=checkbox]", "input[type=radio]", "select", "textarea"};

    @Test
    void everyKindOfControlShowsAFocusRingOfAtLeastThreeToOne() {
        browser.signIn("admin", DEMO_PASSWORD);
        List<String> notSeen = new ArrayList<>(List.of(KINDS));
        // A page with PrimeFaces components (whose theme draws its own pale ring), a long form, and a search form.
        for (String page : List.of("/people/people.xhtml", "/people/person.xhtml", "/coordinator/course.xhtml", "/catalogue.xhtml",
                "/admin/accounts.xhtml")) {
            browser.get(page);
            List<String> missing = browser.assertFocusVisible(page, KINDS);
            notSeen.retainAll(missing);
        }
        assertEquals(List.of(), notSeen, "every kind of control was found on one of the pages");
    }

    @Test
    void theKeyboardNeverLandsOnSomethingNobodyCanSee() {
        // The pages with PrimeFaces components (tables, the schedule, charts), whose controls hide inputs for screen readers.
        browser.signIn("admin", DEMO_PASSWORD);
        for (String page : List.of("/people/people.xhtml", "/admin/accounts.xhtml", "/admin/organisations.xhtml",
                "/coordinator/courses.xhtml", "/coordinator/schedule.xhtml", "/admin/hr-import.xhtml")) {
            browser.get(page);
            List<String> stops = browser.assertTabStopsVisible(page, 400);
            assertTrue(stops.size() > 10, page + ": " + stops);
        }
        browser.signOut();
        browser.signIn("dpo", DEMO_PASSWORD);
        browser.get("/dpo/audit.xhtml");
        browser.assertTabStopsVisible("/dpo/audit.xhtml", 400);
        browser.signOut();
        browser.signIn("committee", DEMO_PASSWORD);
        browser.get("/committee/dashboard.xhtml");
        browser.assertTabStopsVisible("/committee/dashboard.xhtml", 400);
    }

    @Test
    void eachRolesPagesAreAMenuThatKeyboardOpensAndEscapeCloses() {
        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/index.xhtml");
        var learningTeam = browser.find(".site-nav__group summary");
        assertFalse(browser.find(".site-nav__group a").isDisplayed(), "closed until asked");
        learningTeam.sendKeys(Keys.ENTER);
        assertTrue(browser.find(".site-nav__group a").isDisplayed(), "Enter opens the group");
        browser.assertAccessible("navigation-group-open");
        browser.find(".site-nav__group a").sendKeys(Keys.ESCAPE);
        assertFalse(browser.find(".site-nav__group a").isDisplayed(), "Escape closes it");
        assertEquals(learningTeam, browser.driver().switchTo().activeElement(), "focus back on the group's name");
        assertEquals(2, browser.findAll(".site-nav__group").size(), "the administrator's: the learning team's pages and administration");
    }

    @Test
    void onAPhoneTheHeaderIsShortAndTheNavigationOpensUnderMenu() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            browser.get("/my/index.xhtml");
            long header = ((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelector('.site-header').getBoundingClientRect().height;")).longValue();
            assertTrue(header <= 812 / 5, "the header takes at most a fifth of the screen: " + header + " px");
            assertFalse(browser.find("#site-nav").isDisplayed(), "folded");
            var menu = browser.byId("site-nav-toggle");
            assertEquals("false", menu.getAttribute("aria-expanded"));
            menu.click();
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertTrue(browser.find("#site-nav").isDisplayed(), "open under Menu");
            browser.assertFitsPhone("navigation-open");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
