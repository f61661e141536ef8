package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator maintains partner organisations. */
class OrganisationAdminIT extends BrowserIT {

    private String name;

    @BeforeEach
    void signIn() {
        name = "Tay Advocacy " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", DEMO_PASSWORD);
    }

    private void search(String text) {
        browser.get("/admin/organisations.xhtml?includeInactive=true&q=" + text.replace(" ", "+"));
    }

    private List<String> listedNames() {
        return browser.findAll("#organisationsForm\\:organisations tbody a").stream().map(WebElement::getText).toList();
    }

    private void fillNew(String organisationName) {
        browser.get("/admin/organisation.xhtml");
        browser.type("organisationForm:name", organisationName);
        new Select(browser.byId("organisationForm:agencyType")).selectByVisibleText("Third sector");
        browser.find("input[value='S12000042']").click();
    }

    @Test
    void theListShowsOrganisationsAndSearches() {
        browser.get("/admin/organisations.xhtml");
        assertEquals("Partner organisations", browser.h1());
        assertTrue(listedNames().contains("NHS Tayside"), listedNames().toString());
        browser.assertAccessible("organisations");

        browser.type("q", "police");
        browser.submit("search");
        assertEquals(List.of("Police Scotland - Tayside Division"), listedNames());
    }

    @Test
    void anOrganisationIsAddedAndEdited() {
        fillNew(name);
        browser.assertAccessible("organisation-new");
        browser.submit("organisationForm:save");
        assertEquals("Partner organisations", browser.h1());
        assertTrue(browser.text(".notice").contains("Saved."));

        search(name);
        assertEquals(List.of(name), listedNames());
        browser.find("#organisationsForm\\:organisations tbody a").click();
        assertEquals("Edit organisation", browser.h1());
        assertEquals(name, browser.byId("organisationForm:name").getAttribute("value"));
        new Select(browser.byId("organisationForm:agencyType")).selectByVisibleText("Housing");
        browser.submit("organisationForm:save");
        search(name);
        assertTrue(browser.text("#organisationsForm\\:organisations tbody").contains("Housing"));
    }

    @Test
    void anEmptyFormIsRejectedWithAnErrorSummaryLinkedToEachField() {
        browser.get("/admin/organisation.xhtml");
        browser.submit("organisationForm:save");
        List<WebElement> links = browser.findAll(".error-summary a");
        List<String> messages = links.stream().map(WebElement::getText).toList();
        assertTrue(messages.contains("Enter the organisation's name."), messages.toString());
        assertEquals("#organisationForm:name", links.get(messages.indexOf("Enter the organisation's name.")).getAttribute("hash"));
        assertEquals("Enter the organisation's name.", browser.text("#name-error"));
        browser.assertAccessible("organisation-errors");

        links.get(messages.indexOf("Enter the organisation's name.")).click();
        assertEquals("organisationForm:name", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aDuplicateNameIsRejectedOnTheNameFieldAndNothingIsSaved() {
        fillNew(name);
        browser.submit("organisationForm:save");
        fillNew("  " + name.toUpperCase() + " ");
        browser.submit("organisationForm:save");
        assertEquals("An organisation with this name already exists.", browser.text("#name-error"));
        search(name);
        assertEquals(1, listedNames().size());
    }

    @Test
    void anOrganisationIsDeactivatedAndReactivated() {
        fillNew(name);
        browser.submit("organisationForm:save");
        search(name);
        browser.find("#organisationsForm\\:organisations tbody a").click();
        browser.submit("organisationForm:deactivate");
        assertTrue(browser.text(".notice").contains("Deactivated."));
        browser.get("/admin/organisations.xhtml?q=" + name.replace(" ", "+"));
        assertTrue(listedNames().isEmpty());
        search(name);
        assertTrue(browser.text("#organisationsForm\\:organisations tbody").contains("Deactivated"));
    }

    @Test
    void anUnknownOrMalformedIdShowsTheNotFoundPage() {
        browser.get("/admin/organisation.xhtml?id=987654321");
        assertEquals("Page not found", browser.h1());
        browser.get("/admin/organisation.xhtml?id=not-a-number");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void aFormPostedWithoutAValidViewStateShowsTheExpiredPageAndChangesNothing() {
        fillNew(name);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(function (i) { i.value = 'forged:1'; });");
        browser.submit("organisationForm:save");
        assertEquals("Your page had expired", browser.h1());
        assertFalse(browser.text("body").contains("Exception"));
        browser.assertAccessible("expired");
        search(name);
        assertTrue(listedNames().isEmpty());
    }
}
