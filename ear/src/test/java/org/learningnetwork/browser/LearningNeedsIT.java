package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The "what do I need?" tool, walked through as a practitioner would, with the keyboard where it matters. */
class LearningNeedsIT extends BrowserIT {

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    @Test
    void aPractitionerIsPlacedAndFindsABookableSession() {
        browser.get("/what-do-i-need.xhtml");
        assertEquals("What learning do I need?", browser.h1());
        browser.assertAccessible("needs");

        new Select(browser.byId("agency")).selectByVisibleText("NHS board");
        browser.byId("strand-CHILD_PROTECTION").sendKeys(Keys.SPACE);
        browser.byId("involvement-DIRECT_WORK").sendKeys(Keys.SPACE);
        browser.submit("show");

        assertEquals("You are in the Specific workforce of the Child Protection (National Framework 2024) framework",
                browser.text("#placement-heading"));
        String expectations = browser.text("#expectations");
        assertTrue(expectations.contains("Wider workforce Recognise the signs"), expectations);
        assertTrue(expectations.contains("Specific workforce Apply the National Risk Framework"), expectations);
        assertFalse(expectations.contains("Intensive workforce"), expectations);
        assertTrue(texts("#needs-courses a").contains("Multi-agency chronologies"), texts("#needs-courses a").toString());
        browser.assertAccessible("needs-placed");

        browser.findAll("#needs-courses a").stream().filter(a -> a.getText().equals("Multi-agency chronologies"))
                .findFirst().orElseThrow().click();
        assertEquals("Multi-agency chronologies", browser.h1());
        assertTrue(browser.text("#sessions").contains("Book by"), browser.text("#sessions"));
    }

    @Test
    void someoneWhoKnowsTheirGroupChoosesItDirectly() {
        browser.get("/what-do-i-need.xhtml");
        new Select(browser.byId("group")).selectByVisibleText("Intensive workforce");
        browser.submit("show");
        assertTrue(browser.text("#placement-heading").startsWith("You are in the Intensive workforce of the"));
    }

    @Test
    void missingAnswersAreListedAndLinkedToTheirQuestions() {
        browser.get("/what-do-i-need.xhtml?agency=POLICE");
        List<WebElement> links = browser.findAll(".error-summary a");
        assertEquals(List.of("Choose the area of protection your work is about.", "Choose the description that best fits your role."),
                links.stream().map(WebElement::getText).toList());
        assertEquals("#strand-CHILD_PROTECTION", links.get(0).getAttribute("hash"));
        assertTrue(browser.findAll("#placement").isEmpty());
        browser.assertAccessible("needs-errors");

        browser.get("/what-do-i-need.xhtml?group=banana");
        assertEquals("Choose a workforce group from the list.", browser.text("#group-error"));
    }
}
