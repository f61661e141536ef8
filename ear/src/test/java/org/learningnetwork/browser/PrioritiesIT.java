package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The learning team records the strategy's priorities, links courses and follows each against its target. */
class PrioritiesIT extends BrowserIT {

    private WebElement row(String title) {
        return browser.driver().findElement(By.xpath("//table[@id='priorities']//tr[td[1][contains(normalize-space(), \"" + title + "\")]]"));
    }

    @Test
    void prioritiesAreRecordedLinkedToCoursesAndFollowedAgainstTheirTarget() {
        String title = "Chronology training twice a year " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/courses.xhtml");
        browser.find("#prioritiesLink").click();
        assertEquals("Strategy priorities", browser.h1());
        WebElement frameworks = row("National and local frameworks and assessment tools training");
        assertTrue(frameworks.getText().contains("of 3 wanted"), frameworks.getText());
        WebElement pathways = row("Learning pathways and matrices are used");
        assertTrue(pathways.getText().contains("out of 5"), "the demo's evaluations give it a satisfaction: " + pathways.getText());
        browser.assertAccessible("coordinator-priorities");
        browser.assertFitsPhone("coordinator-priorities");

        browser.type("priorityForm:sessionsPerYear", "twice");
        browser.submit("priorityForm:save");
        List<String> errors = browser.errors();
        assertTrue(errors.contains("Enter the sessions wanted as a whole number from 1 to 500, or leave it empty."), errors.toString());
        browser.type("priorityForm:sessionsPerYear", "2");
        browser.submit("priorityForm:save");
        errors = browser.errors();
        assertTrue(errors.contains("Enter the strategy's period, for example 2024\u201327."), errors.toString());
        assertTrue(errors.contains("Enter the priority."), errors.toString());
        browser.assertAccessible("coordinator-priorities-errors");

        browser.type("priorityForm:period", "2024\u201327");
        browser.type("priorityForm:title", title);
        browser.type("priorityForm:outcome", "Staff use chronologies to see patterns of risk");
        new Select(browser.byId("priorityForm:courses")).selectByVisibleText("Multi-agency chronologies");
        browser.submit("priorityForm:save");
        assertTrue(browser.text(".notice").contains("The priority was added."), browser.text("main"));
        WebElement added = row(title);
        assertTrue(added.getText().contains("of 2 wanted"), added.getText());
        assertTrue(added.getText().contains("planned"), added.getText());

        added.findElement(By.linkText("Change")).click();
        assertEquals(title, browser.byId("priorityForm:title").getAttribute("value"));
        browser.type("priorityForm:sessionsPerYear", "");
        browser.submit("priorityForm:save");
        assertTrue(row(title).getText().contains("(no number set)"), row(title).getText());

        browser.submit(row(title).findElement(By.cssSelector("input[value='Retire']")));
        assertTrue(row(title).getText().contains("Retired"));
        browser.get("/coordinator/priorities.xhtml?id=987654321");
        assertEquals("Page not found", browser.h1());
    }
}
