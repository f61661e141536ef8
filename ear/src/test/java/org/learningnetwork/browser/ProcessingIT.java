package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import org.junit.jupiter.api.Test;

/** The data protection officer reads the record of processing, its periods the retention rules in force. */
class ProcessingIT extends BrowserIT {

    @Test
    void theOfficerReadsEveryActivityWithItsRetention() {
        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/processing.xhtml");
        assertEquals("Record of processing", browser.h1());
        browser.assertAccessible("record-of-processing");
        assertEquals(org.learningnetwork.retention.ProcessingActivity.values().length, browser.findAll("section.activity").size());
        assertTrue(browser.text("#activity-WORKFORCE_DEVELOPMENT").contains("registration"), browser.text("#activity-WORKFORCE_DEVELOPMENT"));
        assertTrue(browser.text("#activity-HR_IMPORT").contains("HR exports uploaded for the HR import"), browser.text("#activity-HR_IMPORT"));
        assertTrue(browser.text("#activity-PATHWAYS").contains("Role profiles held"), browser.text("#activity-PATHWAYS"));
        String learning = browser.text("#activity-LEARNING_ADMINISTRATION");
        assertTrue(learning.contains("Public task (Article 6(1)(e))"), learning);
        assertTrue(learning.contains("anonymised 36 months after the person's last activity"), learning);
        assertTrue(browser.text("#activity-AUDIT").contains("deleted 72 months after it was written"), browser.text("#activity-AUDIT"));
        assertTrue(browser.text("#controller").contains("Example Council, 1 High Street"), browser.text("#controller"));
        browser.get("/index.xhtml");
        browser.signOut();

        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/dpo/processing.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }
}
