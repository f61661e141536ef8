package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The learning team keeps the service managers the calendar's updates go to, and sends one. */
class CalendarUpdatesIT extends BrowserIT {

    @Test
    void serviceManagersAreAddedAndAnUpdateIsSent() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/distribution.xhtml");
        browser.find("#calendarUpdatesLink").click();
        assertEquals("Calendar updates to service managers", browser.h1());
        browser.assertAccessible("coordinator-calendar-updates");

        browser.type("managerForm:email", "nobody@example.org");
        browser.submit("managerForm:addManager");
        assertEquals(List.of("Nobody in the workforce has this work e-mail address."), browser.errors());
        browser.assertAccessible("coordinator-calendar-updates-error");

        browser.type("managerForm:email", "manager@demo.learning-network.scot");
        browser.submit("managerForm:addManager");
        assertTrue(browser.text(".notice").contains("The service manager was added"), browser.text("main"));
        assertTrue(browser.text("#managers").contains("manager@demo.learning-network.scot"));

        browser.submit("sendForm:sendNow");
        assertTrue(browser.text(".notice").startsWith("The update was sent to"), browser.text(".notice"));
        assertTrue(browser.text("#sent").contains("Sent by the learning team"));
        browser.assertFitsPhone("coordinator-calendar-updates");

        browser.submit(browser.driver().findElement(By.xpath(
                "//table[@id='managers']//tr[td[3][normalize-space()='manager@demo.learning-network.scot']]//input[@value='Remove']")));
        assertTrue(browser.text(".notice").contains("removed"));
        browser.signOut();

        browser.signIn("manager", DEMO_PASSWORD);
        String mail = mail("Multi-agency training calendar").getAttribute("textContent");
        assertTrue(mail.contains("Please circulate"), "the demo inbox has it: " + mail);
    }
}
