package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The learning team keeps the committees, sub-groups and the Chief Officers Group on a screen. */
class CommitteesIT extends BrowserIT {

    private WebElement row(String name) {
        return browser.driver().findElement(By.xpath("//table[@id='committees']//tr[td[1][starts-with(normalize-space(), \"" + name + "\")]]"));
    }

    private List<String> names() {
        return browser.findAll("#committees tbody td:first-child").stream().map(WebElement::getText).toList();
    }

    private void check(String label) {
        browser.driver().findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
    }

    @Test
    void committeesAreAddedChangedOrderedAndRetired() {
        String name = "Forth Valley MAPPA group " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/jobs.xhtml");
        browser.find("#committeesLink").click();
        assertEquals("Committees", browser.h1());
        assertTrue(names().contains("Learning and Practice Development Sub-group"), names().toString());
        assertTrue(row("Chief Officers Group").getText().contains("Chief Officers Group"));
        browser.assertAccessible("coordinator-committees");
        browser.assertFitsPhone("coordinator-committees");

        browser.submit("committeeForm:save");
        assertEquals(List.of("Enter the committee's name.", "Choose what kind of group it is.", "Choose at least one strand it covers."),
                browser.errors());
        browser.assertAccessible("coordinator-committees-errors");

        browser.type("committeeForm:name", name);
        check("Chief Officers Group: reads the figures and approves what the committees agree, costs included");
        check("MAPPA (multi-agency public protection arrangements)");
        browser.submit("committeeForm:save");
        assertEquals(List.of("There is already an active Chief Officers Group: retire it first."), browser.errors());
        check("Committee or partnership: reads the figures of its strands and agrees the cost of learning");
        browser.submit("committeeForm:save");
        assertTrue(browser.text(".notice").contains("The committee was added."));
        assertEquals(name, names().get(names().size() - 1), "added at the end");

        browser.submit(row(name).findElement(By.cssSelector("input[value='Up']")));
        assertEquals(name, names().get(names().size() - 2), "moved up one");

        row(name).findElement(By.linkText("Change")).click();
        assertEquals(name, browser.byId("committeeForm:name").getAttribute("value"));
        check("Justice");
        check("Workforce planning in its quarterly pack");
        browser.submit("committeeForm:save");
        assertTrue(browser.text(".notice").contains("Saved."));
        row(name).findElement(By.linkText("Change")).click();
        assertTrue(browser.byId("committeeForm:workforceSection").isSelected(), "the pack's workforce section is kept");
        browser.get("/coordinator/committees.xhtml");
        assertTrue(row(name).getText().contains("MAPPA (multi-agency public protection arrangements), Justice"), row(name).getText());

        browser.submit(row(name).findElement(By.cssSelector("input[value='Retire']")));
        assertTrue(browser.text(".notice").contains("The committee is retired"));
        assertTrue(row(name).getText().contains("Retired"));
        browser.get("/coordinator/committees.xhtml?code=NO_SUCH_COMMITTEE");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void committeesAreTheLearningTeamsToKeep() {
        browser.signIn("committee", DEMO_PASSWORD);
        browser.get("/coordinator/committees.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }
}
