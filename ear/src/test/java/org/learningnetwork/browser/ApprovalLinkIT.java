package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The e-mails in the demo inbox, and the approval link a line manager without an account decides by: the
 * demo facilitator's manager is a team leader with no account.
 */
class ApprovalLinkIT extends BrowserIT {

    @Test
    void aManagerWithoutAnAccountApprovesFromTheLinkInTheirMailOnce() {
        browser.signIn("facilitator", DEMO_PASSWORD);
        browser.driver().get(applyLinkWithoutPrerequisites());
        String course = browser.text("h1 .caption");
        browser.type("applyForm:need", "Refresher before I co-deliver the course.");
        submitConfirmingAnyGroupWarning();
        assertTrue(browser.text(".notice").contains("sent to your line manager"), browser.text("main"));

        WebElement received = mail("Request received: " + course);
        assertTrue(received.getText().contains("To facilitator@demo.learning-network.scot"), received.getText());
        browser.assertAccessible("demo-inbox");
        browser.signOut();

        // The learning team's demo inbox shows every mail, including the one to the team leader with the link.
        browser.signIn("coordinator", DEMO_PASSWORD);
        WebElement approval = mail("Approval needed: Fraser Gillespie, " + course);
        approval.findElement(By.tagName("summary")).click();
        String link = approval.findElements(By.cssSelector(".mail__text a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/approval.xhtml?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("No approval link in " + approval.getText()));
        browser.signOut();

        // The team leader, not signed in, follows the link.
        browser.driver().get(link);
        assertEquals("A request for learning needs your approval", browser.h1());
        assertEquals("Fraser Gillespie", browser.text("#learner"));
        assertTrue(browser.text("#course").startsWith(course), browser.text("#course"));
        assertTrue(browser.text("main").contains("Refresher before I co-deliver the course."));
        browser.assertAccessible("approval-link");
        browser.submit("approvalForm:decline");
        assertEquals(List.of("Enter a reason: the learner will be told it."), browser.errors());
        assertEquals("#approvalForm:reason", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("approval-link-missing-reason");
        browser.submit("approvalForm:approve");
        assertEquals("Thank you", browser.h1());
        assertTrue(browser.text("#linkOutcome").contains("approved"), browser.text("main"));

        // The link works once; a changed link is not ours. Neither changes anything.
        browser.driver().get(link);
        assertEquals("This link does not work", browser.h1());
        assertTrue(browser.text("#linkProblemText").contains("already been used"), browser.text("main"));
        browser.assertAccessible("approval-link-used");
        browser.driver().get(link.substring(0, link.length() - 3) + "abc");
        assertTrue(browser.text("#linkProblemText").contains("not a link we sent"), browser.text("main"));
        browser.get("/approval.xhtml");
        assertTrue(browser.text("#linkProblemText").contains("not a link we sent"), browser.text("main"));

        browser.signIn("facilitator", DEMO_PASSWORD);
        WebElement outcome = mail(subject -> subject.equals("Place confirmed: " + course)
                || subject.equals("On the waiting list: " + course), "the outcome for " + course);
        assertTrue(outcome.getText().contains("To facilitator@demo.learning-network.scot"), outcome.getText());
    }

    /**
     * A team member without a sign-in, booked by the learning team, cancels from the link in their confirmation: once,
     * and it then says it has been used.
     */
    @Test
    void someoneWithoutASignInCancelsFromTheLinkInTheirMail() throws Exception {
        // A new member of staff, with no account.
        String family = "Nosignin" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "Ailsa " + family;
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/people/person.xhtml");
        browser.type("personForm:givenName", "Ailsa");
        browser.type("personForm:familyName", family);
        browser.type("personForm:workEmail", family.toLowerCase(java.util.Locale.ROOT) + "@example.org");
        new org.openqa.selenium.support.ui.Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("personForm:save");
        browser.get("/people/people.xhtml?q=" + family);
        String personId = browser.find("#peopleForm\\:people tbody a").getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        int session = bookableSession(2);
        var booked = api(base.toExternalForm(), cookie, "POST", "sessions/" + session + "/bookings", "{\"personId\": " + personId + "}");
        assertEquals(201, booked.statusCode(), booked.body());
        WebElement confirmed = mailTo(family.toLowerCase(java.util.Locale.ROOT) + "@example.org", "Place confirmed");
        confirmed.findElement(By.tagName("summary")).click();
        String link = confirmed.findElements(By.cssSelector(".mail__text a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/cancel-booking.xhtml?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("No cancel link in " + confirmed.getText()));
        browser.signOut();

        browser.driver().get(link);
        assertTrue(browser.h1().endsWith("Are you sure you want to cancel your booking?"), browser.h1());
        assertEquals(name, browser.find("#bookingFacts dd").getText());
        browser.assertAccessible("cancel-link");
        browser.assertFitsPhone("cancel-link");
        browser.type("cancelForm:reason", "On leave that week");
        browser.submit("cancelForm:confirm");
        assertEquals("Your booking is cancelled", browser.h1());
        browser.driver().get(link);
        assertTrue(browser.text("#linkProblemText").contains("already been used"), browser.text("main"));
    }

    @Test
    void theDemoInboxNeedsSigningIn() {
        browser.get("/my/inbox.xhtml");
        assertEquals("Sign in to Learning Network", browser.h1());
    }
}
