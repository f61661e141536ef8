package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning team sees the learning networks and keeps the partnerships: the council areas each serves (one
 * partnership an area) and its partners, full or associate; the administrator gives a coordinator partnerships.
 */
class PartnershipsIT extends BrowserIT {

    private WebElement label(String text) {
        return browser.driver().findElement(By.xpath("//label[normalize-space()=\"" + text + "\"]"));
    }

    @Test
    void partnershipsAreKeptAndACoordinatorIsGivenThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Northern Isles " + tag;
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/partnerships.xhtml");
        assertEquals("Partnerships", browser.h1());
        assertTrue(browser.text("#partnerships").contains("Tayside Protecting People"), browser.text("main"));
        browser.assertAccessible("coordinator-partnerships");
        browser.assertFitsPhone("coordinator-partnerships");

        browser.find("#networks").click();
        assertEquals("Learning networks", browser.h1());
        assertTrue(browser.text("main").contains("North of Scotland") && browser.text("main").contains("Forth Valley Public Protection"),
                browser.text("main"));
        browser.assertAccessible("coordinator-networks");
        browser.assertFitsPhone("coordinator-networks");

        // Every problem at once, each linked to its field; an area another partnership serves is named with it.
        browser.find("#partnerships").click();
        browser.find("#addPartnership").click();
        browser.submit("partnershipForm:save");
        assertEquals(List.of("Enter the partnership's name.", "Choose at least one council area the partnership serves."), browser.errors());
        assertEquals("#partnershipForm:name", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("coordinator-partnership-errors");
        browser.type("partnershipForm:name", name);
        label("Dundee City").click();
        label("Orkney Islands").click();
        browser.submit("partnershipForm:save");
        assertEquals(List.of("Dundee City is served by Tayside Protecting People already: take it out of that partnership first."),
                browser.errors());
        label("Dundee City").click();
        browser.submit("partnershipForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        assertEquals(name, browser.h1());

        // Partners: one from elsewhere as an associate, then a full partner, then removed.
        browser.submit("partnerForm:addPartner");
        assertEquals(List.of("Choose an organisation from the list."), browser.errors());
        new Select(browser.byId("partnerForm:organisation")).selectByVisibleText("Riverside Homes Housing Association");
        label("Associate").click();
        browser.submit("partnerForm:addPartner");
        assertTrue(browser.text(".notice").contains("The partner was added."), browser.text("main"));
        assertTrue(browser.text("#partners").contains("Riverside Homes Housing Association") && browser.text("#partners").contains("Associate"),
                browser.text("#partners"));
        browser.assertAccessible("coordinator-partnership");
        browser.assertFitsPhone("coordinator-partnership");
        browser.submit(browser.find("input[aria-label='Make a full partner: Riverside Homes Housing Association']"));
        assertTrue(browser.text("#partners").contains("Full partner"), browser.text("#partners"));
        browser.submit(browser.find("input[aria-label='Remove: Riverside Homes Housing Association']"));
        assertEquals("No partner organisation yet.", browser.text("#noPartners"));

        // Retired, it limits nobody; the coordinators given it keep seeing its people.
        browser.submit("partnershipForm:retire");
        assertTrue(browser.text(".notice").contains("The partnership was retired."), browser.text("main"));
        assertTrue(browser.text("#retiredNotice").contains("retired"));
        browser.submit("partnershipForm:reinstate");
        assertTrue(browser.text(".notice").contains("back in use"), browser.text("main"));
        browser.signOut();

        // The administrator gives a new coordinator the partnership: only with the coordinator's role.
        browser.signIn("admin", DEMO_PASSWORD);
        newPerson("Inga", "Scoped" + tag, "inga." + tag + "@example.org");
        browser.find("#accountLink").click();
        label(name).click();
        browser.submit("accountForm:invite");
        assertEquals(List.of("Only a coordinator works for partnerships: give the role or clear the partnerships."), browser.errors());
        browser.findAll("input[name='accountForm:roles']").stream().filter(b -> b.getAttribute("value").equals("COORDINATOR"))
                .findFirst().orElseThrow().click();
        browser.submit("accountForm:invite");
        assertEquals("Invited, no password yet", browser.text("#status"));
        assertTrue(browser.byId(label(name).getAttribute("for")).isSelected(), "the partnership is kept");
        browser.assertAccessible("admin-account-partnerships");
    }
}
