package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner joins the course distribution list by ticking the consent box; the learning team sends news to the
 * list; the learner leaves from the link in the e-mail without signing in, and the link then says so.
 */
class DistributionIT extends BrowserIT {

    @Test
    void aLearnerJoinsByConsentGetsTheNewsAndLeavesFromTheLink() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        if (!browser.findAll("#distributionForm\\:leave").isEmpty()) {
            browser.submit("distributionForm:leave");
        }
        browser.submit("distributionForm:join");
        assertEquals(List.of("Tick the box to agree to the e-mails, or leave this section as it is."), browser.errors());
        assertEquals("#distributionForm:consent", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("my-learning-distribution-error");
        browser.byId("distributionForm:consent").click();
        browser.submit("distributionForm:join");
        assertTrue(browser.text(".notice").contains("You have joined the course distribution list"), browser.text("main"));
        assertTrue(browser.text("#onList").contains("You joined the course distribution list on"), browser.text("main"));
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/distribution.xhtml");
        assertEquals("Course distribution list", browser.h1());
        browser.submit("sendForm:send");
        assertEquals(List.of("Enter a subject of up to 200 characters.", "Enter the message, up to 5,000 characters."), browser.errors());
        browser.assertAccessible("distribution-errors");
        String subject = "Trauma-informed practice: new dates " + System.nanoTime();
        browser.type("sendForm:subject", subject);
        browser.type("sendForm:body", "New sessions open for booking in March.");
        browser.submit("sendForm:send");
        assertTrue(browser.text(".notice").matches("The message is on its way to [0-9]+ people\\."), browser.text(".notice"));
        assertTrue(browser.text("#sent").contains(subject), browser.text("main"));
        browser.assertAccessible("distribution-sent");
        browser.signOut();

        browser.signIn("learner", DEMO_PASSWORD);
        WebElement news = mail(subject);
        news.findElement(By.tagName("summary")).click();
        String link = news.findElements(By.cssSelector(".mail__text a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/leave-list.xhtml?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("No link to leave in " + news.getText()));
        browser.signOut();

        browser.driver().get(link);
        assertEquals("Leave the course distribution list?", browser.h1());
        browser.assertAccessible("leave-list");
        browser.submit("leaveForm:leave");
        assertEquals("You have left the list", browser.h1());
        browser.driver().get(link);
        assertEquals("You have already left the list", browser.h1());
        browser.driver().get(link.substring(0, link.length() - 3) + "abc");
        assertEquals("This link is not recognised", browser.h1());
        browser.get("/leave-list.xhtml");
        assertEquals("This link is not recognised", browser.h1());

        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertTrue(browser.findAll("#onList").isEmpty(), "off the list");
    }
}
