package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The learning team keeps the list of legislation, guidance and learning reviews that courses answer to. */
class GuidanceIT extends BrowserIT {

    private String tag;

    @BeforeEach
    void signIn() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("coordinator", DEMO_PASSWORD);
    }

    /** The row of the entry with this title. */
    private WebElement row(String title) {
        return browser.driver().findElement(By.xpath("//table[@id='entries']//tr[td[1][contains(normalize-space(), '" + title + "')]]"));
    }

    private List<String> titles() {
        return browser.findAll("#entries tbody td:first-child").stream().map(WebElement::getText).toList();
    }

    @Test
    void entriesAreAddedChangedRetiredAndRemoved() {
        browser.get("/coordinator/courses.xhtml");
        browser.find("#guidanceLink").click();
        assertEquals("Legislation, guidance and learning reviews", browser.h1());
        assertTrue(titles().stream().anyMatch(t -> t.startsWith("Adult Support and Protection Code of Practice 2022")), titles().toString());
        browser.assertAccessible("coordinator-guidance");
        browser.assertFitsPhone("coordinator-guidance");

        // Everything missing or wrong is said at once, on its field.
        browser.type("guidanceForm:url", "www.example.org");
        browser.submit("guidanceForm:save");
        List<String> errors = browser.errors();
        assertEquals(List.of("Choose what kind of entry it is.", "Enter the title.", "Enter a web address starting http:// or https://."),
                errors);
        assertEquals("true", browser.byId("guidanceForm:title").getAttribute("aria-invalid"));
        browser.assertAccessible("coordinator-guidance-errors");

        new Select(browser.byId("guidanceForm:kind")).selectByVisibleText("Learning review");
        browser.type("guidanceForm:title", "Learning review: Adult K " + tag);
        browser.type("guidanceForm:url", "");
        browser.submit("guidanceForm:save");
        assertTrue(browser.text(".notice").contains("The entry was added."), browser.text("main"));
        assertTrue(row("Adult K " + tag).getText().contains("Learning review"));

        // The same title again is refused.
        new Select(browser.byId("guidanceForm:kind")).selectByVisibleText("Inspection");
        browser.type("guidanceForm:title", "learning review: adult k " + tag);
        browser.submit("guidanceForm:save");
        assertEquals(List.of("There is already an entry with this title."), browser.errors());

        browser.get("/coordinator/guidance.xhtml");
        row("Adult K " + tag).findElement(By.linkText("Change")).click();
        assertEquals("Learning review: Adult K " + tag, browser.byId("guidanceForm:title").getAttribute("value"));
        browser.type("guidanceForm:url", "https://example.org/learning-review-k");
        browser.submit("guidanceForm:save");
        assertTrue(browser.text(".notice").contains("Saved."));
        assertEquals("https://example.org/learning-review-k", row("Adult K " + tag).findElement(By.tagName("a")).getAttribute("href"));

        browser.submit(row("Adult K " + tag).findElement(By.cssSelector("input[value='Retire']")));
        assertTrue(browser.text(".notice").contains("The entry is retired"));
        assertTrue(row("Adult K " + tag).getText().contains("Retired"));
        browser.get("/coordinator/course.xhtml");
        assertFalse(browser.text("#courseForm").contains("Adult K " + tag), "a retired entry is offered for no course");

        browser.get("/coordinator/guidance.xhtml");
        browser.submit(row("Adult K " + tag).findElement(By.cssSelector("input[value='Remove']")));
        assertTrue(browser.text(".notice").contains("The entry was removed."));
        assertTrue(titles().stream().noneMatch(t -> t.contains(tag)), titles().toString());
    }

    @Test
    void anEntryACourseNamesCannotBeRemovedAndAnUnknownOneIsNotFound() {
        browser.get("/coordinator/guidance.xhtml");
        WebElement named = row("National Guidance for Child Protection in Scotland");
        assertTrue(named.findElements(By.cssSelector("input[value='Remove']")).isEmpty(), "the demo's courses name it");
        assertFalse(named.findElement(By.cssSelector("td:nth-child(3)")).getText().equals("0"));

        browser.get("/coordinator/guidance.xhtml?id=987654321");
        assertEquals("Page not found", browser.h1());
        browser.get("/coordinator/guidance.xhtml?id=abc");
        assertEquals("Page not found", browser.h1());
    }
}
