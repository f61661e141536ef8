package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Feedback on learning: the practitioner's own, and their line manager's view of the team's. */
class FeedbackIT extends BrowserIT {

    @Test
    void aPractitionerSeesTheFeedbackOnTheirLearning() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.find("#feedbackLink").click();
        assertEquals("Feedback on your learning", browser.h1());
        assertTrue(!browser.findAll("#feedback").isEmpty() || !browser.findAll("#noFeedback").isEmpty());
        browser.assertAccessible("my-feedback");
        browser.assertFitsPhone("my-feedback");
    }

    @Test
    void aManagerSeesTheirTeamsLearningOverAPeriod() {
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/team.xhtml");
        browser.find("#teamFeedbackLink").click();
        assertEquals("Your team's learning and its impact", browser.h1());
        assertTrue(Integer.parseInt(browser.text("#people")) > 0, "the demo manager has a team");
        new Select(browser.byId("months")).selectByVisibleText("the last 3 months");
        browser.submit(browser.find("#show"));
        String shown = browser.url();
        assertTrue(shown.contains("months=3"), shown);
        browser.assertAccessible("my-team-feedback");
        browser.assertFitsPhone("my-team-feedback");
        browser.get("/my/team-feedback.xhtml?months=nonsense");
        assertEquals("the last 12 months", new Select(browser.byId("months")).getFirstSelectedOption().getText());
        browser.signOut();

        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/team-feedback.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }
}
