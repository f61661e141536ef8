package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning team keeps the catalogue of qualifications; a line manager records what their staff member is working
 * towards and the credit awarded for their prior learning; the person reads their own.
 */
class QualificationsIT extends BrowserIT {

    @Test
    void theCatalogueIsKeptAndAManagerRecordsWhatTheirStaffAreWorkingTowards() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/qualifications.xhtml");
        assertEquals("Qualifications", browser.h1());
        assertTrue(browser.text("#qualifications").contains("HNC Social Services"), browser.text("#qualifications"));
        assertTrue(browser.text("#qualifications").contains("Practice Learning Qualification (Social Services) Stage 4"));
        browser.assertAccessible("coordinator-qualifications");
        browser.assertFitsPhone("coordinator-qualifications");

        // Every problem in one round, the level that is not a number among them.
        browser.find("#addQualification").click();
        browser.type("qualificationForm:scqfLevel", "ten");
        browser.submit("qualificationForm:save");
        assertEquals(List.of("Enter a code for the qualification.", "Enter the qualification's name.", "Enter the SCQF level, from 1 to 12."),
                browser.errors());
        browser.assertAccessible("coordinator-qualification-errors");
        browser.type("qualificationForm:code", "pq_" + tag);
        browser.type("qualificationForm:name", "Graduate certificate in practice education " + tag);
        new Select(browser.byId("qualificationForm:kind")).selectByVisibleText("Post-qualifying award");
        browser.type("qualificationForm:scqfLevel", "11");
        browser.type("qualificationForm:credits", "60");
        browser.submit("qualificationForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        assertTrue(browser.text("#qualifications").contains("Graduate certificate in practice education " + tag));
        browser.signOut();

        // The line manager records their staff member's SVQ and credit for prior learning.
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/team-pathways.xhtml");
        WebElement callum = browser.driver().findElements(By.cssSelector("main a[href*='pathway.xhtml?person=']")).stream()
                .filter(a -> a.getText().contains("Callum")).findFirst().orElseThrow(() -> new AssertionError(browser.text("main")));
        callum.click();
        browser.find("#toQualifications").click();
        assertEquals("Qualifications and registration of Callum Drummond", browser.h1());
        browser.assertAccessible("person-qualifications");
        browser.assertFitsPhone("person-qualifications");

        new Select(browser.byId("heldForm:qualification")).selectByVisibleText("SVQ 3 Social Services and Healthcare (SCQF 7)");
        browser.find("input[name='heldForm:status'][value='IN_PROGRESS']").click();
        browser.setValue("heldForm:startedOn", LocalDate.now().minusMonths(2).toString());
        browser.submit("heldForm:save");
        assertEquals(List.of("Enter when it is expected to be completed."), browser.errors());
        LocalDate expected = LocalDate.now().plusMonths(10);
        browser.setValue("heldForm:expectedOn", expected.toString());
        browser.type("heldForm:provider", "Dundee and Angus College");
        browser.submit("heldForm:save");
        assertTrue(browser.text(".notice").contains("The qualification was recorded."), browser.text("main"));
        assertTrue(browser.text("#inProgress").contains("SVQ 3 Social Services and Healthcare"), browser.text("#inProgress"));

        browser.type("creditForm:description", "Recognition of prior learning: five years in housing support");
        browser.type("creditForm:scqfLevel", "7");
        browser.type("creditForm:credits", "lots");
        browser.setValue("creditForm:awardedOn", LocalDate.now().minusDays(3).toString());
        browser.submit("creditForm:saveCredit");
        assertEquals(List.of("Enter the credit points awarded, from 1 to 720."), browser.errors());
        browser.type("creditForm:credits", "60");
        new Select(browser.byId("creditForm:towards")).selectByVisibleText("Honours degree in social work");
        browser.submit("creditForm:saveCredit");
        assertTrue(browser.text("#creditTotal").contains("60"), browser.text("main"));
        browser.signOut();

        // The person reads their own.
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.find("#qualificationsLink").click();
        assertEquals("My qualifications and registration", browser.h1());
        assertTrue(browser.text("#inProgress").contains("SVQ 3 Social Services and Healthcare"), browser.text("main"));
        assertTrue(browser.text("#credits").contains("Honours degree in social work"), browser.text("main"));
        assertTrue(browser.findAll("#heldForm").isEmpty(), "the person does not record their own");
        browser.assertAccessible("my-qualifications");
        browser.assertFitsPhone("my-qualifications");
    }

    @Test
    void thePartsOfTheRegisterAreKept() {
        String name = "Worker in a day care of children service " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/qualifications.xhtml");
        browser.find("#registerParts").click();
        assertEquals("Parts of the register", browser.h1());
        assertTrue(browser.text("#parts").contains("Social worker"), browser.text("#parts"));
        browser.assertAccessible("coordinator-register-parts");
        browser.assertFitsPhone("coordinator-register-parts");

        browser.type("partForm:name", "Social worker");
        browser.type("partForm:renewalMonths", "six");
        browser.type("partForm:learningHours", "-3");
        browser.submit("partForm:save");
        assertEquals(List.of("There is already a part with this name.", "Enter the months between renewals as a whole number from 12 to 120.",
                "Enter the hours of learning as a number from 0 to 1000, with at most two decimal places."), browser.errors());
        assertEquals("#partForm:name", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("coordinator-register-parts-errors");
        browser.type("partForm:name", name);
        browser.type("partForm:renewalMonths", "60");
        browser.type("partForm:learningHours", "60");
        browser.submit("partForm:save");
        assertTrue(browser.text(".notice").contains("The part was added."), browser.text("main"));

        browser.find("a[aria-label='Change: " + name + "']").click();
        assertEquals("60", browser.byId("partForm:learningHours").getAttribute("value"));
        browser.type("partForm:learningHours", "72.5");
        browser.submit("partForm:save");
        assertTrue(browser.text("#parts").contains("72.5"), browser.text("#parts"));
        browser.submit(browser.find("input[aria-label='Retire: " + name + "']"));
        assertTrue(browser.text(".notice").contains("no longer offered"), browser.text("main"));
        browser.submit(browser.find("input[aria-label='Bring back: " + name + "']"));
        assertTrue(browser.text(".notice").contains("offered again"), browser.text("main"));
        browser.get("/coordinator/register-parts.xhtml?code=NO_SUCH_PART");
        assertEquals("Page not found", browser.h1());
    }
}
