package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Evaluating a course: the demo learner, who attended a session three weeks ago, answers from My learning; a learner
 * marked attended on the register answers from the link in their e-mail without signing in, once. Unanswered
 * questions are listed in the error summary, linked to their fields; a used or unknown link says so. Axe checks
 * every page.
 */
class EvaluationFormIT extends BrowserIT {

    @Test
    void aLearnerEvaluatesTheCourseTheyAttendedFromMyLearning() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertTrue(browser.text("#myEvaluations").contains("Child protection: key processes"), browser.text("main"));
        browser.assertAccessible("my-learning-evaluations");
        // The course's request (the demo learner may also have their action-learning set's questionnaire waiting).
        browser.findAll("#myEvaluations a").stream().filter(a -> a.getText().contains("Child protection: key processes")).findFirst()
                .orElseThrow().click();
        assertTrue(browser.h1().endsWith("Tell us about the course"), browser.h1());
        browser.assertAccessible("evaluation-form");

        browser.submit("evaluationForm:send");
        List<String> errors = browser.errors();
        assertTrue(errors.size() >= 4, errors.toString());
        assertTrue(errors.get(0).startsWith("Answer “"), errors.get(0));
        assertEquals(errors.size(), new java.util.HashSet<>(errors).size(), "each error names its question: " + errors);
        assertEquals("#evaluationForm:items:0:likert", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("evaluation-errors");

        answerEverything();
        assertEquals("Thank you", browser.h1(), browser.text("main"));
        browser.assertAccessible("evaluation-thanks");
        browser.get("/my/index.xhtml");
        assertTrue(browser.findAll("#myEvaluations a").stream().noneMatch(a -> a.getText().contains("Child protection: key processes")),
                "answered: no longer listed: " + browser.text("main"));
    }

    @Test
    void theLinkInTheEmailWorksOnceWithoutSignIn() {
        // The facilitator marks the last learner on yesterday's register as attended: they are e-mailed a link.
        browser.signIn("facilitator", DEMO_PASSWORD);
        browser.driver().findElement(By.linkText("Registers")).click();
        browser.driver().get(browser.findAll("#sessions a").get(1).getAttribute("href"));
        int last = browser.findAll(".register-line").size() - 1;
        browser.byId("registerForm:marks:" + last + ":mark:0").click();
        browser.submit("registerForm:save");
        assertTrue(browser.text(".notice").contains("The register is saved"), browser.text("main"));
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        WebElement invitation = mail("Please tell us about the course:");
        invitation.findElement(By.tagName("summary")).click();
        assertTrue(invitation.getText().contains("trauma-aware"), invitation.getText());
        String link = invitation.findElements(By.cssSelector(".mail__text a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/evaluation.xhtml?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("No evaluation link in " + invitation.getText()));
        browser.signOut();

        browser.driver().get(link);
        assertTrue(browser.h1().endsWith("Tell us about the course"), browser.h1());
        browser.byId("evaluationForm:items:0:likert:3").click();
        browser.submit("evaluationForm:send");
        assertEquals("#evaluationForm:items:1:likert", browser.find(".error-summary a").getAttribute("hash"),
                "the first unanswered question is the first error");
        assertTrue(browser.byId("evaluationForm:items:0:likert:3").isSelected(), "what was given is kept");
        browser.assertAccessible("evaluation-link-errors");
        answerEverything();
        assertEquals("Thank you", browser.h1(), browser.text("main"));

        browser.driver().get(link);
        assertEquals("This evaluation has already been answered", browser.h1());
        browser.assertAccessible("evaluation-answered");
        browser.driver().get(link.substring(0, link.length() - 3) + "abc");
        assertEquals("This link is not recognised", browser.h1());
        browser.get("/evaluation.xhtml");
        assertEquals("This link is not recognised", browser.h1());
    }

    /** Agrees with each statement, gives a confidence of 2 before and 4 now for each learning outcome, and sends. */
    private void answerEverything() {
        for (WebElement scale : browser.findAll("ul.choice-list--inline")) {
            List<WebElement> choices = scale.findElements(By.cssSelector("input[type=radio]"));
            choices.get(scale.getAttribute("id").endsWith(":before") ? 1 : 3).click();
        }
        browser.type(browser.find("#evaluationForm textarea").getAttribute("id"), "The case studies were close to my own work.");
        browser.submit("evaluationForm:send");
    }
}
