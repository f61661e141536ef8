package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The pages anyone can see without signing in. */
class PublicPagesIT extends BrowserIT {

    @Test
    void theHomePageSaysWhatTheServiceIsAndLinksToSignIn() {
        browser.get("/");
        assertEquals("Multi-agency public protection learning", browser.h1());
        assertTrue(browser.text("main").contains("find the child protection"));
        assertTrue(browser.byId("homeSignIn").getAttribute("href").endsWith("/sign-in.xhtml"));
        assertEquals("Accessibility statement", browser.find("footer a[href$='accessibility.xhtml']").getText());
        assertEquals("Privacy notice", browser.find("footer a[href$='privacy.xhtml']").getText());
        browser.assertAccessible("home");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        browser.get("/");
        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void theAccessibilityStatementAndPrivacyNoticeArePublic() {
        browser.get("/accessibility.xhtml");
        assertEquals("Accessibility statement for Learning Network", browser.h1());
        browser.assertAccessible("accessibility-statement");
        browser.get("/privacy.xhtml");
        assertEquals("How Learning Network uses your information", browser.h1());
        assertTrue(browser.text("main").contains("as long as is necessary to complete all aspects of course management"));
        // Who is responsible (the tests' server names them), why each use is lawful, and where to complain.
        assertTrue(browser.text("#controller").contains("Example Council, 1 High Street, Exampletown EX1 1AA"), browser.text("#controller"));
        assertTrue(browser.text("#controller").contains("dpo@example.gov.uk"), browser.text("#controller"));
        assertTrue(browser.text("main").contains("Consent (Article 6(1)(a))"), "the lawful basis of each use");
        assertTrue(browser.text("main").contains("Public task (Article 6(1)(e))"));
        assertTrue(browser.text("#complain").contains("Information Commissioner's Office"), browser.text("#complain"));
        browser.assertAccessible("privacy-notice");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageWithoutTechnicalDetail() {
        browser.get("/no-such-page.xhtml");
        assertEquals("Page not found", browser.h1());
        assertFalse(browser.text("body").contains("Exception"));
        browser.assertAccessible("not-found");
    }
}
