package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A line manager asks for learning for their team; the learning team declines one and sets a session for another. */
class TeamRequestsIT extends BrowserIT {

    private WebElement row(String table, String topic) {
        return browser.driver().findElement(By.xpath("//table[@id='" + table + "']//tr[td[1][contains(normalize-space(), \"" + topic + "\")]]"));
    }

    @Test
    void aManagerAsksTheLearningTeamAnswersAndTheTeamIsBooked() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String briefing = "Hoarding briefing for the housing team " + tag;
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/team.xhtml");
        browser.find("#teamRequestsLink").click();
        assertEquals("Learning for your team", browser.h1());
        browser.assertAccessible("my-team-requests");
        browser.assertFitsPhone("my-team-requests");

        browser.type("requestForm:teamSize", "none");
        browser.submit("requestForm:send");
        List<String> errors = browser.errors();
        assertTrue(errors.contains("Enter how many would attend, as a whole number from 1 to 200."), errors.toString());
        browser.type("requestForm:teamSize", "6");
        browser.submit("requestForm:send");
        assertEquals(List.of("Choose a course or describe the topic."), browser.errors());
        browser.assertAccessible("my-team-requests-errors");

        browser.type("requestForm:topic", briefing);
        browser.type("requestForm:datesThatSuit", "Any Tuesday morning in March");
        browser.submit("requestForm:send");
        assertTrue(browser.text(".notice").contains("Your request was sent"), browser.text("main"));
        assertTrue(row("requests", briefing).getText().contains("Asked"));

        new Select(browser.byId("requestForm:course")).selectByVisibleText("Multi-agency chronologies");
        browser.type("requestForm:teamSize", "4");
        // Nobody named: booking the demo's staff here would change what other tests find (the booking is tested in the server).
        assertTrue(browser.findAll("input[name='requestForm:members']").size() > 0, "the manager's staff can be named");
        browser.submit("requestForm:send");
        assertTrue(row("requests", "Multi-agency chronologies").getText().contains("Asked"));
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/courses.xhtml");
        browser.find("#teamRequestsLink").click();
        row("open", briefing).findElement(By.tagName("a")).click();
        assertTrue(browser.text("#request").contains("Any Tuesday morning in March"));
        browser.assertAccessible("coordinator-team-request");
        browser.submit("answerForm:decline");
        assertEquals(List.of("Say why the request is declined."), browser.errors());
        browser.type("answerForm:response", "The partnership's hoarding briefing runs monthly: please apply for it.");
        browser.submit("answerForm:decline");
        assertTrue(browser.text(".notice").contains("declined"), browser.text("main"));
        assertTrue(row("answered", briefing).getText().contains("Declined"));

        row("open", "Multi-agency chronologies").findElement(By.tagName("a")).click();
        Select sessions = new Select(browser.byId("answerForm:session"));
        assertTrue(sessions.getOptions().size() > 1, "the course's upcoming sessions");
        sessions.selectByIndex(1);
        browser.submit("answerForm:schedule");
        assertTrue(browser.text(".notice").contains("The session is set"), browser.text("main"));
        assertEquals("Session set, team booked", browser.text("#status"));
        browser.assertFitsPhone("coordinator-team-request-scheduled");
        browser.signOut();

        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/team-requests.xhtml");
        assertTrue(row("requests", briefing).getText().contains("monthly"), "the reason is shown");
        assertTrue(row("requests", "Multi-agency chronologies").getText().contains("Session set"));
    }
}
