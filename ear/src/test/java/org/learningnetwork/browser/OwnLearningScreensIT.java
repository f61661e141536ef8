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
 * Learning a person records themselves, in the browser: the learner records it (every problem shown at once), their
 * line manager confirms it, and the learning team accepts it as equivalent to a course on the person's learning
 * record. Every page with axe, at desktop and phone width.
 */
class OwnLearningScreensIT extends BrowserIT {

    @Test
    void aLearnerRecordsItTheirManagerConfirmsItAndTheLearningTeamAcceptsIt() {
        String title = "Team briefing on the referral pathway " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertEquals("Other learning I recorded", browser.text("#own-heading"));
        browser.submit("addOwn");
        assertEquals("Record other learning", browser.h1());
        browser.assertAccessible("own-learning-form");
        browser.assertFitsPhone("own-learning-form");

        // Hours that are not a number, with the form's other problems: all of them said in the same round.
        browser.type("ownForm:hours", "an hour");
        browser.submit("ownForm:save");
        assertTrue(browser.errors().containsAll(List.of("Say what the learning was.", "Choose what kind of learning it was.",
                "Enter the hours as a number, for example 1.5.")), browser.errors().toString());

        browser.setValue("ownForm:doneOn", LocalDate.now().plusDays(3).toString());
        browser.type("ownForm:hours", "1.1");
        browser.submit("ownForm:save");
        List<String> errors = browser.errors();
        assertTrue(errors.containsAll(List.of("Say what the learning was.", "Choose what kind of learning it was.",
                "The date cannot be in the future.", "Enter the hours in quarters of an hour, for example 1.25 or 3.5.")), errors.toString());
        assertEquals(4, errors.size(), errors.toString());
        browser.assertAccessible("own-learning-errors");

        browser.type("ownForm:title", title);
        new Select(browser.byId("ownForm:kind")).selectByVisibleText("Team briefing");
        browser.setValue("ownForm:doneOn", LocalDate.now().minusDays(5).toString());
        browser.type("ownForm:hours", "1.5");
        new Select(browser.byId("ownForm:strand")).selectByVisibleText("Child protection");
        browser.type("ownForm:learned", "Where to send a concern out of hours, and who decides on an IRD.");
        browser.type("ownForm:evidence", "Team meeting minutes");
        browser.submit("ownForm:save");
        assertTrue(browser.text(".notice").contains("Your learning was recorded."), browser.text("main"));
        WebElement row = row(title);
        assertTrue(row.getText().contains("Recorded by you"), row.getText());
        assertTrue(row.getText().contains("Team briefing"), row.getText());
        assertTrue(browser.text("#ownHours").matches("[\\d.]+ hours of other learning in the last twelve months\\."), browser.text("#ownHours"));
        browser.assertAccessible("my-learning-own");
        browser.assertFitsPhone("my-learning-own");
        browser.signOut();

        // The line manager confirms it.
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.submit("confirmLearningLink");
        assertEquals("Learning to confirm", browser.h1());
        browser.assertAccessible("confirm-learning");
        browser.assertFitsPhone("confirm-learning");
        WebElement waiting = browser.findAll("#toConfirm tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        browser.submit(waiting.findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.text(".notice").startsWith("Confirmed for "), browser.text("main"));
        assertTrue(browser.findAll("#toConfirm tbody tr").stream().noneMatch(r -> r.getText().contains(title)));
        browser.signOut();

        // The learner sees it confirmed, and can no longer change it.
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertTrue(row(title).getText().contains("Confirmed by "), row(title).getText());
        assertTrue(row(title).findElements(By.cssSelector("input[type=submit]")).isEmpty(), "no remove once confirmed");
        browser.signOut();

        // The learning team accepts it as equivalent to a course on the person's learning record.
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/people/people.xhtml?q=Drummond");
        browser.submit(browser.findAll("main a[href*='people/person.xhtml?id=']").stream().filter(a -> a.getText().contains("Callum"))
                .findFirst().orElseThrow(() -> new AssertionError(browser.text("main"))));
        browser.submit("learningLink");
        WebElement entry = browser.findAll(".own-entry").stream().filter(e -> e.getText().contains(title)).findFirst().orElseThrow();
        browser.assertAccessible("person-learning-own");
        browser.assertFitsPhone("person-learning-own");
        browser.submit(entry.findElement(By.cssSelector("input[id$='accept']")));
        entry = browser.findAll(".own-entry").stream().filter(e -> e.getText().contains(title)).findFirst().orElseThrow();
        assertEquals(List.of("Choose the course the learning is equivalent to."), browser.errors());
        new Select(entry.findElement(By.cssSelector("select"))).selectByVisibleText("MAPPA: chairing level 2 and level 3 meetings");
        browser.submit(entry.findElement(By.cssSelector("input[id$='accept']")));
        assertEquals(List.of(), browser.errors(), browser.text("main"));
        assertTrue(browser.text(".notice").contains("Accepted as equivalent to MAPPA: chairing level 2 and level 3 meetings"), browser.text("main"));
        assertTrue(browser.text("#learningRecord").contains("Recorded by the person: " + title), browser.text("#learningRecord"));
    }

    /**
     * My learning keeps no view state: a remove button in one row of the list, sent, removes that row's entry, the list
     * being read again for the form.
     */
    @Test
    void aLearnerRemovesOneEntryTheyRecordedFromMyLearning() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String kept = "Reading on chronologies " + tag;
        String removed = "Podcast on neglect " + tag;
        browser.signIn("learner", DEMO_PASSWORD);
        for (String title : List.of(kept, removed)) {
            browser.get("/my/index.xhtml");
            browser.submit("addOwn");
            browser.type("ownForm:title", title);
            new Select(browser.byId("ownForm:kind")).selectByVisibleText("Reading or research");
            browser.setValue("ownForm:doneOn", LocalDate.now().minusDays(title.equals(kept) ? 2 : 1).toString());
            browser.type("ownForm:hours", "0.5");
            browser.submit("ownForm:save");
            assertTrue(browser.text(".notice").contains("Your learning was recorded."), browser.text("main"));
        }
        assertTrue(browser.findAll("input[name='jakarta.faces.ViewState']").stream()
                .allMatch(state -> state.getAttribute("value").equals("stateless")), "My learning keeps no view state");
        browser.submit(row(removed).findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.text(".notice").contains("The learning was removed from your record."), browser.text("main"));
        assertTrue(browser.findAll("#ownLearning tbody tr").stream().noneMatch(r -> r.getText().contains(removed)));
        assertTrue(row(kept).getText().contains("Recorded by you"), row(kept).getText());
        browser.submit(row(kept).findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.findAll("#ownLearning tbody tr").stream().noneMatch(r -> r.getText().contains(tag)));
    }

    private WebElement row(String title) {
        return browser.findAll("#ownLearning tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
    }
}
