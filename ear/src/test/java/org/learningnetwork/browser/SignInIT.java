package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

class SignInIT extends BrowserIT {

    @Test
    void theSignInPageIsAccessible() {
        browser.get("/sign-in.xhtml");
        assertEquals("Sign in to Learning Network", browser.h1());
        browser.assertAccessible("sign-in");
    }

    @Test
    void signingInShowsTheUsersRolesAndSigningOutEndsTheSession() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        assertTrue(browser.url().endsWith("/my/index.xhtml"), browser.url());
        assertEquals("Welcome, Eilidh", browser.h1(), "greeted by her name, not her username");
        List<String> roles = browser.findAll("#roles li").stream().map(WebElement::getText).toList();
        assertEquals(List.of("Learner", "Learning and development coordinator"), roles);
        assertTrue(browser.text("header").contains("Signed in as Eilidh Baird"), browser.text("header"));
        browser.assertAccessible("my-learning");

        browser.signOut();
        assertTrue(browser.text("main").contains("You have signed out."));
        browser.get("/my/index.xhtml");
        assertEquals("Sign in to Learning Network", browser.h1());
    }

    @Test
    void aWrongPasswordFailsWithoutSayingWhichPartWasWrong() {
        browser.signIn("facilitator", "not-the-password");
        String error = browser.text(".error-summary");
        assertTrue(error.contains("Sign-in failed. Check your username and password and try again."), error);
        assertFalse(error.toLowerCase().contains("unknown user"));
        browser.assertAccessible("sign-in-failed");

        browser.signIn("no-such-user", "not-the-password");
        assertEquals(error, browser.text(".error-summary"));
    }

    @Test
    void emptyFieldsAreListedInAnErrorSummaryThatLinksToThemAndHasFocus() {
        browser.get("/sign-in.xhtml");
        browser.submit("signInForm:submit");
        List<WebElement> links = browser.findAll(".error-summary a");
        assertEquals(List.of("Enter your username.", "Enter your password."), links.stream().map(WebElement::getText).toList());
        assertEquals("#signInForm:username", links.get(0).getAttribute("hash"));
        assertTrue(browser.driver().switchTo().activeElement().getAttribute("class").contains("error-summary"));
        assertEquals("true", browser.byId("signInForm:username").getAttribute("aria-invalid"));
        browser.assertAccessible("sign-in-empty");
    }

    @Test
    void aProtectedPageAsksForSignInAndThenOpens() {
        browser.get("/people/people.xhtml");
        assertEquals("Sign in to Learning Network", browser.h1());
        browser.type("signInForm:username", "coordinator");
        browser.type("signInForm:password", DEMO_PASSWORD);
        browser.submit("signInForm:submit");
        assertEquals("People in the workforce", browser.h1());
    }

    @Test
    void aLearnerIsRefusedAdministrationPages() {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/admin/organisations.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        browser.assertAccessible("forbidden");
        browser.get("/people/people.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }

    /** Uses the demo committee account, which no other browser test signs in with. */
    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        for (int i = 0; i < 4; i++) {
            browser.signIn("committee", "wrong-password-" + i);
            assertTrue(browser.text(".error-summary").contains("Sign-in failed"));
        }
        browser.signIn("committee", "wrong-password-5");
        assertTrue(browser.text(".error-summary").contains("Your account is locked after too many failed sign-ins"),
                browser.text(".error-summary"));
        browser.signIn("committee", DEMO_PASSWORD);
        assertTrue(browser.text(".error-summary").contains("Your account is locked"));
        browser.assertAccessible("sign-in-locked");
    }
}
