package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "what do I need?" tool, walked through as a practitioner, a partner organisation's worker and a member of the
 * public would, with the keyboard where it matters: several strands at once, the learning of the groups below, who
 * they are changing the answer, and self-guided learning by its real names.
 */
class LearningNeedsIT extends BrowserIT {

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    @Test
    void aPractitionerIsPlacedAndFindsTheLearningOfTheirGroupAndBelow() {
        browser.get("/what-do-i-need.xhtml");
        assertEquals("What learning do I need?", browser.h1());
        browser.assertAccessible("needs");
        browser.assertFitsPhone("needs");
        // Sent with nothing chosen: it says what to choose.
        browser.submit("show");
        assertEquals(List.of("Choose the areas of protection your work is about.", "Choose the description that best fits your role."),
                browser.errors());
        browser.assertAccessible("needs-nothing-chosen");

        new Select(browser.byId("agency")).selectByVisibleText("NHS board");
        browser.byId("strand-CHILD_PROTECTION").sendKeys(Keys.SPACE);
        browser.byId("involvement-DIRECT_WORK").sendKeys(Keys.SPACE);
        browser.submit("show");

        assertEquals("You are in the Specific workforce of the Child Protection (National Framework 2024) framework",
                browser.text("#placement-heading-CP_2024"));
        assertEquals(1, browser.findAll(".placement").size());
        String expectations = browser.text("#expectations-CP_2024");
        assertTrue(expectations.contains("Wider workforce Recognise the signs"), expectations);
        assertTrue(expectations.contains("Specific workforce Apply the National Risk Framework"), expectations);
        assertFalse(expectations.contains("Intensive workforce"), expectations);
        List<String> courses = texts("#courses-CP_2024 a");
        assertTrue(courses.contains("Multi-agency chronologies"), courses.toString());
        assertTrue(courses.contains("Recognising and responding to concerns about children"), "the wider workforce's learning too: " + courses);
        List<String> resources = texts("#resources-CP_2024 li").stream().map(t -> t.replace('\n', ' ')).toList();
        assertTrue(resources.contains("Recognising and responding to concerns about children: e-learning module (E-learning module)"),
                resources.toString());
        assertTrue(resources.contains("National Guidance for Child Protection in Scotland 2021 (updated 2023) (Reading)"), resources.toString());
        assertEquals(resources.size(), resources.stream().distinct().count(), "real, distinct names");
        assertTrue(browser.text("#agencyNote").contains("single-agency training counts"), browser.text("#agencyNote"));
        browser.assertAccessible("needs-placed");
        browser.assertFitsPhone("needs-placed");

        browser.findAll("#courses-CP_2024 a").stream().filter(a -> a.getText().equals("Multi-agency chronologies"))
                .findFirst().orElseThrow().click();
        assertEquals("Multi-agency chronologies", browser.h1());
        assertTrue(browser.text("#sessions").contains("Book by"), browser.text("#sessions"));
    }

    @Test
    void severalStrandsAreAnsweredAtOnceAndAPartnerOrganisationIsToldTheLearningIsOpenToThem() {
        browser.get("/what-do-i-need.xhtml?agency=THIRD_SECTOR&strand=CHILD_PROTECTION&strand=ADULT_SUPPORT_PROTECTION"
                + "&involvement=SOME_CONTACT");
        assertEquals(List.of("placement-CP_2024", "placement-ASP"), browser.findAll(".placement").stream()
                .map(s -> s.getAttribute("id")).toList());
        assertTrue(browser.byId("strand-CHILD_PROTECTION").isSelected() && browser.byId("strand-ADULT_SUPPORT_PROTECTION").isSelected(),
                "the answers stay ticked");
        assertTrue(browser.text("#agencyNote").contains("open to staff and volunteers of voluntary, private and other partner organisations"),
                browser.text("#agencyNote"));
        browser.assertAccessible("needs-several");
    }

    @Test
    void aMemberOfThePublicIsPointedToTheLearningForEveryone() {
        browser.get("/what-do-i-need.xhtml");
        new Select(browser.byId("agency")).selectByVisibleText("A member of the public, a carer or a volunteer");
        browser.submit("show");
        assertTrue(browser.errors().isEmpty(), "no role or strand needed: " + browser.errors());
        assertTrue(browser.text("#publicNote").startsWith("Protecting people is everyone's responsibility."), browser.text("#publicNote"));
        assertEquals(5, browser.findAll(".placement").size(), "every strand's lowest group");
        assertTrue(browser.text("#placement-heading-CP_2024").startsWith("You are in the Wider workforce"), browser.text("#placement-heading-CP_2024"));
        browser.assertAccessible("needs-public");

        browser.get("/what-do-i-need.xhtml?agency=PUBLIC&strand=VAWG");
        assertEquals(List.of("placement-VAWG"), browser.findAll(".placement").stream().map(s -> s.getAttribute("id")).toList());
    }

    @Test
    void someoneWhoKnowsTheirGroupChoosesItDirectly() {
        browser.get("/what-do-i-need.xhtml");
        new Select(browser.byId("group")).selectByVisibleText("Intensive workforce");
        browser.submit("show");
        assertTrue(browser.find(".placement h2").getText().startsWith("You are in the Intensive workforce of the"));
    }

    @Test
    void missingAnswersAreListedAndLinkedToTheirQuestions() {
        browser.get("/what-do-i-need.xhtml?agency=POLICE");
        List<WebElement> links = browser.findAll(".error-summary a");
        assertEquals(List.of("Choose the areas of protection your work is about.", "Choose the description that best fits your role."),
                links.stream().map(WebElement::getText).toList());
        assertEquals("#strand-CHILD_PROTECTION", links.get(0).getAttribute("hash"));
        assertTrue(browser.findAll(".placement").isEmpty());
        browser.assertAccessible("needs-errors");

        browser.get("/what-do-i-need.xhtml?strand=NOT_A_STRAND&involvement=EVERYONE");
        assertEquals(List.of("Choose the areas of protection your work is about."), texts(".error-summary a"));
        browser.get("/what-do-i-need.xhtml?group=banana");
        assertEquals("Choose a workforce group from the list.", browser.text("#group-error"));
    }
}
