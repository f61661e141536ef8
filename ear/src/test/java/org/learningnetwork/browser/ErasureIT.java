package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner asks for their data to be erased; the data protection officer sees the request and refuses it on a
 * lawful ground (the ground and the note are required); raising a request for an unknown address is refused on
 * its field. (Erasing itself is tested in ErasureRequestsIT, on a person made for it: the demo people stay.)
 */
class ErasureIT extends BrowserIT {

    @Test
    void aLearnerAsksAndTheOfficerRefusesOnALawfulGround() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.submit("erasureForm:requestErasure");
        assertTrue(browser.text(".notice").contains("sent to the data protection officer"), browser.text("main"));
        browser.submit("erasureForm:requestErasure");
        assertEquals(List.of("There is already an erasure request waiting for a decision for this person."), browser.errors());
        browser.signOut();

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/erasure.xhtml");
        assertEquals("Erasure requests", browser.h1());
        browser.assertAccessible("erasure-requests");
        int row = rowOf("Callum Drummond");
        String prefix = "requestsForm:requests:" + row + ":";
        // Erasing asks first and says it cannot be undone; "No" leaves the request as it was.
        browser.submit(prefix + "erase");
        assertTrue(browser.text(".confirm").contains("Erase Callum Drummond’s personal data?"), browser.text("main"));
        assertTrue(browser.text(".confirm").contains("cannot be undone"), browser.text(".confirm"));
        browser.assertAccessible("erasure-confirm");
        browser.submit(prefix + "no");
        assertTrue(browser.findAll(".confirm").isEmpty(), "nothing erased, nothing asked");
        browser.submit(prefix + "refuse");
        assertEquals(List.of("Choose the lawful ground for keeping the data.", "Explain why the data must be kept: the person will be told."),
                browser.errors());
        assertEquals("#" + prefix + "exception", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("erasure-refusal-errors");
        new Select(browser.byId(prefix + "exception")).selectByVisibleText("A legal obligation to keep it");
        browser.type(prefix + "note", "Statutory training records are kept for the inspection cycle.");
        browser.submit(prefix + "refuse");
        assertTrue(browser.text(".notice").contains("The request is refused"), browser.text("main"));
        assertTrue(browser.findAll(".erasure-request").stream().noneMatch(r -> r.getText().contains("Callum Drummond")));
        // Decided, it does not vanish: it is listed with the decision.
        assertTrue(browser.findAll("#decided tbody tr").get(0).getText().contains("Callum Drummond"), browser.text("#decided"));
        assertTrue(browser.findAll("#decided tbody tr").get(0).getText().contains("Refused: A legal obligation to keep it"),
                browser.text("#decided"));

        browser.type("raiseForm:workEmail", "nobody@example.org");
        browser.submit("raiseForm:raise");
        assertEquals(List.of("Nobody in Learning Network has this work e-mail address."), browser.errors());
        assertEquals("#raiseForm:workEmail", browser.find(".error-summary a").getAttribute("hash"));
    }

    private int rowOf(String name) {
        List<WebElement> requests = browser.findAll(".erasure-request");
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).getText().contains(name)) {
                return i;
            }
        }
        throw new AssertionError("No request from " + name + " in " + browser.text("main"));
    }
}
