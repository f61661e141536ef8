package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner asks for a copy of their data; the officer sees it due in a month, records one received earlier (overdue), answers both. */
class SubjectAccessRequestIT extends BrowserIT {

    @Test
    void theOfficerTracksRequestsAgainstTheirDeadline() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.submit("copyForm:requestCopy");
        assertTrue(browser.text(".notice").contains("will answer within a month"), browser.text("main"));
        browser.submit("copyForm:requestCopy");
        assertEquals(1, browser.errors().size(), browser.errors().toString());
        browser.signOut();

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/requests.xhtml");
        assertEquals("Subject access requests", browser.h1());
        browser.assertAccessible("subject-access-requests");
        assertTrue(rowOf("Callum Drummond").getText().contains("Download (JSON)"));

        browser.type("recordForm:workEmail", "manager@demo.learning-network.scot");
        browser.setValue("recordForm:receivedOn", LocalDate.now().plusDays(2).toString());
        browser.submit("recordForm:record");
        assertEquals(List.of("Enter the day the request was received: today or earlier."), browser.errors());
        assertEquals("#recordForm:receivedOn", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("subject-access-request-error");
        browser.setValue("recordForm:receivedOn", LocalDate.now().minusMonths(2).toString());
        browser.submit("recordForm:record");
        assertTrue(browser.text(".notice").contains("The request is recorded"), browser.text("main"));
        WebElement overdue = browser.findAll("#requests tbody tr").get(0);
        assertTrue(overdue.getText().contains("Overdue"), overdue.getText());

        for (String name : List.of("Callum Drummond", "Morag Sinclair")) {
            if (browser.findAll("#requests tbody tr").stream().anyMatch(tr -> tr.getText().contains(name))) {
                browser.submit(rowOf(name).findElement(By.cssSelector("input[value='Mark answered']")));
                assertTrue(browser.text(".notice").contains("marked answered"), browser.text("main"));
            }
        }
        assertTrue(browser.findAll("#requests tbody tr").stream().noneMatch(tr -> tr.getText().contains("Callum Drummond")
                || tr.getText().contains("Morag Sinclair")), browser.text("main"));
    }

    private WebElement rowOf(String name) {
        return browser.findAll("#requests tbody tr").stream().filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No request from " + name + " in " + browser.text("main")));
    }
}
