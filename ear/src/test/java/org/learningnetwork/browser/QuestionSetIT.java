package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning team edits the line managers' follow-up questions: an empty name and question are listed in the error
 * summary, linked to their fields; a question is added, then removed again. Axe checks the list, the set and its errors.
 */
class QuestionSetIT extends BrowserIT {

    @Test
    void theLearningTeamAddsAndRemovesAQuestion() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/question-sets.xhtml");
        assertEquals("Evaluation question sets", browser.h1());
        assertEquals(5, browser.findAll("#sets tbody tr").size(), "end of course, two follow-ups, two of action learning");
        browser.assertAccessible("question-sets");
        browser.driver().findElement(By.linkText("Follow-up: line manager")).click();
        assertTrue(browser.h1().endsWith("Follow-up: line manager"), browser.h1());
        browser.assertAccessible("question-set");
        int questions = browser.findAll("fieldset.question-editor").size();

        browser.submit("setForm:add");
        assertEquals(questions + 1, browser.findAll("fieldset.question-editor").size());
        browser.type("setForm:name", "");
        browser.submit("setForm:save");
        assertEquals(List.of("Enter a name of up to 200 characters.", "Enter the question, up to 500 characters.",
                "Choose how the question is answered."), browser.errors());
        assertEquals("#setForm:name", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("question-set-errors");

        browser.type("setForm:name", "Follow-up: line manager");
        browser.type("setForm:questions:" + questions + ":text", "The learner shares what they learned with the team.");
        new Select(browser.byId("setForm:questions:" + questions + ":kind")).selectByVisibleText("Yes or no");
        new Select(browser.byId("setForm:questions:" + questions + ":level")).selectByVisibleText("3 Behaviour");
        browser.submit("setForm:save");
        assertEquals(List.of(), browser.errors());
        assertTrue(browser.text(".notice").contains("The question set is saved."), browser.text("main"));
        assertEquals("The learner shares what they learned with the team.",
                browser.byId("setForm:questions:" + questions + ":text").getAttribute("value"));
        assertTrue(!browser.byId("setForm:questions:" + questions + ":kind").isEnabled(), "its kind is fixed once saved");

        browser.byId("setForm:questions:" + questions + ":remove").click();
        browser.submit("setForm:save");
        assertTrue(browser.text(".notice").contains("The question set is saved."), browser.text("main"));
        assertEquals(questions, browser.findAll("fieldset.question-editor").size(), "never answered: gone");
    }
}
