package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The data protection officer places a legal hold on a person and releases it. */
class LegalHoldIT extends BrowserIT {

    @Test
    void theOfficerPlacesAHoldWithItsReasonAndReleasesIt() {
        browser.signIn("dpo", DEMO_PASSWORD);
        browser.navigateTo("/dpo/holds.xhtml");
        assertEquals("Legal holds", browser.h1());
        browser.assertAccessible("legal-holds");

        browser.submit("holdForm:place");
        assertEquals(List.of("Enter the person's work e-mail address.", "Enter the reason for the hold.",
                "Enter the date to review the hold by: today or later."), browser.errors());
        assertEquals("#holdForm:workEmail", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("legal-holds-errors");

        browser.type("holdForm:workEmail", "learner@demo.learning-network.scot");
        browser.type("holdForm:reason", "Subject of a complaint investigation, ref. DP-2026-31");
        browser.setValue("holdForm:reviewOn", LocalDate.now().plusMonths(3).toString());
        browser.submit("holdForm:place");
        assertTrue(browser.text(".notice").contains("The hold on Callum Drummond is in place."), browser.text("main"));
        WebElement row = rowOf("Callum Drummond");
        assertTrue(row.getText().contains("DP-2026-31"), row.getText());

        browser.submit(row.findElement(By.cssSelector("input[value='Release']")));
        assertTrue(browser.text(".notice").contains("The hold on Callum Drummond is released"), browser.text("main"));
        assertTrue(browser.findAll("#holds tbody tr").stream().noneMatch(tr -> tr.getText().contains("Callum Drummond")));
    }

    private WebElement rowOf(String name) {
        return browser.findAll("#holds tbody tr").stream().filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No hold on " + name + " in " + browser.text("main")));
    }
}
