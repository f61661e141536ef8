package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Action learning on screen: the learning team adds a set, assigns a trained facilitator, invites a member and
 * schedules meetings, keeps the themes and reads the programme's dashboard; a member accepts, joins an open community,
 * answers the set's questionnaire and writes a reflective log entry shared with the facilitator; a line manager
 * approves an application; the facilitator records a meeting and reads what was shared.
 */
class ActionLearningScreensIT extends BrowserIT {

    private static final String NEWLY_QUALIFIED = "Newly qualified social workers: Tayside set";

    private WebElement label(String text) {
        return browser.driver().findElement(By.xpath("//label[normalize-space()=\"" + text + "\"]"));
    }

    private WebElement button(String ariaLabel) {
        return browser.find("input[aria-label=\"" + ariaLabel + "\"]");
    }

    @Test
    void theLearningTeamRunsASetAndItsMembersAndFacilitatorTakePart() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Supervisors' set " + tag;
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/action-learning.xhtml");
        assertEquals("Action learning and communities of practice", browser.h1());
        assertTrue(browser.text("#sets").contains(NEWLY_QUALIFIED), browser.text("main"));
        browser.assertAccessible("coordinator-action-learning");
        browser.assertFitsPhone("coordinator-action-learning");

        // Every problem at once, each linked to its field.
        browser.submit("addSet");
        browser.type("setForm:name", "");
        browser.find("label[for='setForm:online']").click();
        browser.submit("setForm:save");
        assertEquals(List.of("Enter the name.", "Choose its purpose.", "Choose the venue, or tick that it meets online."), browser.errors());
        assertEquals("#setForm:name", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("coordinator-learning-set-errors");
        browser.find("label[for='setForm:online']").click();
        browser.type("setForm:name", name);
        new Select(browser.byId("setForm:purpose")).selectByVisibleText("Developing supervisors and managers");
        label("By invitation from the learning team").click();
        browser.type("setForm:places", "7");
        browser.submit("setForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        assertEquals(name, browser.h1());

        // The demo facilitator is trained (the facilitation course, over a year ago) with a year of meetings since.
        Select facilitators = new Select(browser.byId("facilitatorForm:facilitator"));
        WebElement fraser = facilitators.getOptions().stream().filter(o -> o.getText().startsWith("Fraser Gillespie")).findFirst().orElseThrow();
        assertTrue(fraser.getText().contains("trained"), fraser.getText());
        facilitators.selectByVisibleText(fraser.getText());
        browser.submit("facilitatorForm:addFacilitator");
        assertTrue(browser.text("#facilitators").contains("Fraser Gillespie") && !browser.text("#facilitators").contains("Not trained"),
                browser.text("#facilitators"));

        // Invitations: an unknown address is refused on its field; the demo learner is invited.
        browser.type("inviteForm:person", "nobody-" + tag + "@example.org");
        browser.submit("inviteForm:invite");
        assertEquals(List.of("Nobody in the workforce you look after has this work e-mail address."), browser.errors());
        browser.type("inviteForm:person", "learner@demo.learning-network.scot");
        browser.submit("inviteForm:invite");
        assertTrue(browser.text("#members").contains("Callum Drummond") && browser.text("#members").contains("Invited"), browser.text("#members"));

        // A monthly series: a first meeting in the past is refused; three from next month are added.
        LocalDate first = LocalDate.now().plusMonths(1).withDayOfMonth(9);
        browser.setValue("seriesForm:first", LocalDate.now().minusDays(3).toString()).setValue("seriesForm:firstTime", "14:00");
        browser.type("seriesForm:count", "3");
        browser.submit("seriesForm:schedule");
        assertEquals(List.of("The first meeting must be in the future."), browser.errors());
        browser.setValue("seriesForm:first", first.toString()).setValue("seriesForm:firstTime", "14:00");
        browser.submit("seriesForm:schedule");
        assertTrue(browser.text(".notice").contains("The meetings were added"), browser.text("main"));
        assertEquals(3, browser.findAll("#meetings tbody tr").size());
        browser.assertAccessible("coordinator-learning-set");
        browser.assertFitsPhone("coordinator-learning-set");

        // The themes: one added; a blank one refused.
        browser.get("/coordinator/set-themes.xhtml");
        assertEquals("Themes of the problems members bring", browser.h1());
        browser.submit("themeForm:save");
        assertEquals(List.of("Enter the theme."), browser.errors());
        browser.type("themeForm:name", "Transitions to adult services " + tag);
        browser.submit("themeForm:save");
        assertTrue(browser.text("#themes").contains("Transitions to adult services " + tag), browser.text("#themes"));
        browser.assertAccessible("coordinator-set-themes");
        browser.assertFitsPhone("coordinator-set-themes");

        // The programme's dashboard: the demo sets' year of themes; a quarter not begun is said, with 400.
        browser.get("/coordinator/action-learning-programme.xhtml");
        assertEquals("Action-learning programme", browser.h1());
        assertTrue(browser.text("#sets").contains(NEWLY_QUALIFIED), browser.text("main"));
        assertTrue(browser.text("#byQuarter").contains("Workload and caseload"), browser.text("#byQuarter"));
        assertTrue(browser.text("#results").contains("At joining") && browser.text("#results").contains("6 months"), browser.text("#results"));
        browser.assertAccessible("coordinator-action-learning-programme");
        browser.assertFitsPhone("coordinator-action-learning-programme");
        String csvLink = browser.byId("csv").getAttribute("href");
        String session = browser.driver().manage().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(Cookie::getValue)
                .findFirst().orElseThrow();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Problems raised by theme and quarter") && csv.body().contains(NEWLY_QUALIFIED), csv.body());
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink.replaceAll("quarter=[^&]*",
                "quarter=2999-Q1"))).header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode());
        browser.byId("quarter").clear();
        browser.type("quarter", "2999-Q1");
        browser.submit("show");
        assertTrue(browser.text("#quarter-error").length() > 0, browser.text("main"));
        browser.signOut();

        // The member accepts, joins the open community, answers the questionnaire and writes in the log, sharing it.
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.submit("mySetsLink");
        assertEquals("My action learning", browser.h1());
        browser.submit(button("Accept: " + name));
        assertTrue(browser.text(".notice").contains("You are a member"), browser.text("main"));
        browser.submit(button("Join: Practice educators' community of practice"));
        assertTrue(browser.text(".notice").contains("You joined"), browser.text("main"));
        browser.assertAccessible("my-sets");
        browser.assertFitsPhone("my-sets");

        browser.get("/my/index.xhtml");
        WebElement questionnaire = browser.findAll("#myEvaluations a").stream().filter(a -> a.getText().contains(NEWLY_QUALIFIED)).findFirst()
                .orElseThrow(() -> new AssertionError(browser.text("main")));
        browser.submit(questionnaire);
        assertTrue(browser.h1().contains("How is action learning going for you?"), browser.h1());
        browser.assertAccessible("set-questionnaire");
        browser.submit("evaluationForm:send");
        assertFalse(browser.errors().isEmpty(), "the statements are required");
        for (WebElement group : browser.findAll("fieldset.form-group")) {
            List<WebElement> options = group.findElements(By.cssSelector("input[type=radio]"));
            if (options.size() == 5) {
                group.findElement(By.cssSelector("label[for='" + options.get(3).getAttribute("id") + "']")).click();
            }
        }
        browser.submit("evaluationForm:send");
        assertEquals("Thank you", browser.h1());

        browser.get("/my/sets.xhtml");
        browser.submit(browser.driver().findElement(By.xpath("//article[h3[normalize-space()=\"" + NEWLY_QUALIFIED + "\"]]//a")));
        assertTrue(browser.h1().contains("Reflective log"), browser.h1());
        browser.submit("entryForm:save");
        assertEquals(List.of("Write the entry."), browser.errors());
        assertEquals("#entryForm:text", browser.find(".error-summary a").getAttribute("hash"));
        browser.type("entryForm:text", "Tried the set's questioning in supervision " + tag);
        browser.find("label[for='entryForm:shared']").click();
        browser.submit("entryForm:save");
        assertTrue(browser.text(".notice").contains("Your entry was saved."), browser.text("main"));
        assertTrue(browser.text("main").contains("Shared with the facilitators"), browser.text("main"));
        browser.assertAccessible("my-reflective-log");
        browser.assertFitsPhone("my-reflective-log");
        browser.signOut();

        // The line manager approves Alison's application.
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/approvals.xhtml");
        assertTrue(browser.text("#setApplications").contains("Alison Reid"), browser.text("main"));
        browser.assertAccessible("my-approvals-sets");
        browser.submit(button("Approve: Alison Reid, " + NEWLY_QUALIFIED));
        assertTrue(browser.text(".notice").contains("Approved"), browser.text("main"));
        browser.signOut();

        // The facilitator reads the shared entry and records the last meeting held.
        browser.signIn("facilitator", DEMO_PASSWORD);
        browser.get("/facilitator/index.xhtml");
        browser.submit("mySets");
        assertEquals("Sets I facilitate", browser.h1());
        browser.submit(browser.driver().findElement(By.linkText(NEWLY_QUALIFIED)));
        assertTrue(browser.text("main").contains("Tried the set's questioning in supervision " + tag), browser.text("main"));
        browser.assertAccessible("facilitator-set");
        browser.assertFitsPhone("facilitator-set");
        List<WebElement> recorded = browser.findAll("#meetings a").stream().filter(a -> a.getText().startsWith("Change what was recorded")).toList();
        browser.submit(recorded.get(recorded.size() - 1));
        assertTrue(browser.h1().contains(NEWLY_QUALIFIED), browser.h1());
        browser.type("meetingForm:themes:0:problems", "60");
        browser.submit("meetingForm:save");
        assertEquals(List.of("Enter from 1 to 50 problems, or leave it empty if the theme was not raised."), browser.errors());
        browser.assertAccessible("facilitator-meeting-errors");
        browser.type("meetingForm:themes:0:problems", "2");
        browser.submit("meetingForm:save");
        assertTrue(browser.text(".notice").contains("attendance and themes were saved"), browser.text("main"));
        browser.signOut();
    }
}
