package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The data protection officer changes a retention rule; the privacy notice shows it at once. */
class RetentionIT extends BrowserIT {

    private static final String PEOPLE = "People's names, contact details, job titles and sign-in accounts";

    @Test
    void theOfficerChangesHowLongPeopleAreKeptAndThePrivacyNoticeSaysSo() {
        browser.get("/privacy.xhtml");
        assertTrue(browser.text("#retention").contains(PEOPLE + ": anonymised 36 months after the person's last activity."),
                browser.text("#retention"));

        browser.signIn("dpo", DEMO_PASSWORD);
        browser.find("a[href$='/dpo/retention.xhtml']").click();
        assertEquals("Retention rules", browser.h1());
        browser.assertAccessible("retention-rules");
        assertEquals(6, browser.findAll("#rules tbody tr").size());
        changeLinkOf(PEOPLE).click();
        assertEquals(List.of("The person's last activity".toLowerCase()), new Select(browser.byId("ruleForm:trigger")).getOptions()
                .stream().map(o -> o.getText().toLowerCase()).toList());

        browser.type("ruleForm:periodMonths", "0");
        browser.submit("ruleForm:save");
        assertEquals(List.of("Enter the period as a whole number of months from 1 to 1,200."), browser.errors());
        assertEquals("#ruleForm:periodMonths", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("retention-rule-error");
        browser.type("ruleForm:periodMonths", "forty");
        browser.submit("ruleForm:save");
        assertEquals(List.of("Enter the period as a whole number of months from 1 to 1,200."), browser.errors());

        browser.type("ruleForm:periodMonths", "48");
        browser.submit("ruleForm:save");
        assertTrue(browser.text(".notice").contains("The retention rule is saved"), browser.text("main"));
        assertTrue(rowOf(PEOPLE).getText().contains("anonymised 48 months after the person's last activity"), rowOf(PEOPLE).getText());
        browser.get("/privacy.xhtml");
        assertTrue(browser.text("#retention").contains(PEOPLE + ": anonymised 48 months after the person's last activity."),
                browser.text("#retention"));

        // Back to the default for the other tests; an unknown kind of record in the address is not found.
        browser.get("/dpo/retention.xhtml?type=PERSON");
        browser.type("ruleForm:periodMonths", "36");
        browser.submit("ruleForm:save");
        assertTrue(rowOf(PEOPLE).getText().contains("36 months"), rowOf(PEOPLE).getText());
        browser.get("/dpo/retention.xhtml?type=PASSPORTS");
        assertEquals("Page not found", browser.h1());
        browser.get("/index.xhtml");
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/dpo/retention.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }

    private WebElement rowOf(String type) {
        return browser.findAll("#rules tbody tr").stream().filter(tr -> tr.findElement(By.tagName("th")).getText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("No rule for " + type + " in " + browser.text("#rules")));
    }

    private WebElement changeLinkOf(String type) {
        return rowOf(type).findElement(By.cssSelector("a.change-link"));
    }
}
