package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A learning and development coordinator maintains the people of the workforce. */
class PeopleAdminIT extends BrowserIT {

    private String tag;

    @BeforeEach
    void signIn() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("coordinator", DEMO_PASSWORD);
    }

    private List<String> listedNames() {
        return browser.findAll("#peopleForm\\:people tbody a").stream().map(WebElement::getText).toList();
    }

    @Test
    void theListIsPagedAndFiltersByOrganisation() {
        browser.get("/people/people.xhtml");
        assertEquals("People in the workforce", browser.h1());
        assertEquals(20, listedNames().size());
        browser.assertAccessible("people");

        new Select(browser.byId("organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("search");
        List<WebElement> rows = browser.findAll("#peopleForm\\:people tbody tr");
        assertTrue(rows.size() > 0);
        rows.forEach(row -> assertTrue(row.getText().contains("NHS Tayside"), row.getText()));
    }

    @Test
    void aPersonIsAddedWithTheirManagerAndWorkforceGroup() {
        browser.get("/people/person.xhtml");
        browser.type("personForm:givenName", "Ishbel");
        browser.type("personForm:familyName", "Tester" + tag);
        browser.type("personForm:workEmail", "ishbel." + tag + "@example.org");
        browser.type("personForm:jobTitle", "School nurse");
        new Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.type("personForm:lineManagerEmail", "manager@demo.learning-network.scot");
        new Select(browser.byId("personForm:workforceGroup_CP_2024")).selectByVisibleText("General workforce");
        browser.assertAccessible("person-new");
        browser.submit("personForm:save");
        assertTrue(browser.text(".notice").contains("Saved."));

        browser.get("/people/people.xhtml?q=tester" + tag);
        assertEquals(List.of("Tester" + tag + ", Ishbel"), listedNames());
        browser.find("#peopleForm\\:people tbody a").click();
        assertEquals("Edit person", browser.h1());
        assertEquals("manager@demo.learning-network.scot", browser.byId("personForm:lineManagerEmail").getAttribute("value"));
        assertEquals("General workforce",
                new Select(browser.byId("personForm:workforceGroup_CP_2024")).getFirstSelectedOption().getText());
    }

    @Test
    void controlCharactersAreRefusedOnTheirFieldAndNothingIsSaved() {
        browser.get("/people/person.xhtml");
        browser.setValue("personForm:givenName", "Ann\u0000e");
        browser.setValue("personForm:familyName", "Tester" + tag + "\u001b[2J");
        browser.type("personForm:workEmail", "control." + tag + "@example.org");
        new Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("personForm:save");
        List<String> errors = browser.findAll(".error-summary a").stream().map(WebElement::getText).toList();
        assertEquals(2, errors.stream().filter(e -> e.startsWith("This contains characters that cannot be used")).count(), errors.toString());
        assertEquals("#personForm:givenName", browser.find(".error-summary a").getAttribute("hash").replace("%3A", ":"));
        browser.get("/people/people.xhtml?includeInactive=true&q=tester" + tag);
        assertTrue(listedNames().isEmpty());
    }

    @Test
    void badInputIsShownOnEachFieldAndNothingIsSaved() {
        browser.get("/people/person.xhtml");
        browser.type("personForm:givenName", "Nope");
        browser.type("personForm:familyName", "Tester" + tag);
        browser.type("personForm:workEmail", "not-an-email");
        browser.type("personForm:phone", "ring me");
        new Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("personForm:save");
        List<String> errors = browser.findAll(".error-summary a").stream().map(WebElement::getText).toList();
        assertTrue(errors.contains("Enter a work e-mail address in the right format, like name@example.org."), errors.toString());
        assertTrue(errors.contains("Enter a phone number using digits, spaces, brackets, + and - only."), errors.toString());
        browser.assertAccessible("person-errors");

        browser.type("personForm:workEmail", "nope." + tag + "@example.org");
        browser.type("personForm:phone", "01382 000000");
        browser.type("personForm:lineManagerEmail", "nobody." + tag + "@example.org");
        browser.submit("personForm:save");
        assertEquals("Nobody in Learning Network has this work e-mail address.", browser.text("#lineManagerEmail-error"));

        browser.get("/people/people.xhtml?includeInactive=true&q=tester" + tag);
        assertTrue(listedNames().isEmpty());
    }
}
