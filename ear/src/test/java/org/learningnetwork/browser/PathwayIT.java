package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Pathways in the browser: a learner's own (where they stand, in words and symbols, and one step to apply), a line
 * manager's team matrix and a person's pathway with role profiles given and taken away, and the learning team keeping
 * role profiles and requirements. Every page with axe, at desktop and phone width.
 */
class PathwayIT extends BrowserIT {

    @Test
    void aLearnerSeesWhatTheirRoleRequiresAndAppliesToCloseAGap() throws Exception {
        browser.get("/what-do-i-need.xhtml");
        assertTrue(browser.findAll("#yourPathway").isEmpty(), "a visitor has no pathway");
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/what-do-i-need.xhtml");
        assertTrue(browser.text("#yourPathway").matches("(?s).*\\d+ overdue, \\d+ not started.*"), browser.text("#yourPathway"));
        browser.submit("pathwayLink");
        assertEquals("My pathway", browser.h1());
        assertTrue(browser.text("#roles").contains("Social worker, children and families"), browser.text("#roles"));
        // The demo's social worker has a requirement lapsed, two never done, one lapsing soon and one met (other tests may
        // since have added to their record, so the states are read, not counted).
        assertTrue(browser.text("#summary").matches("\\d+ overdue, \\d+ not started, \\d+ due soon, \\d+ met\\."), browser.text("#summary"));
        List<WebElement> rows = browser.findAll("#requirements tbody tr");
        List<String> states = rows.stream().map(r -> r.findElement(By.cssSelector(".state")).getText().replaceAll("^\\W+", "").strip()).toList();
        List<String> order = List.of("Overdue", "Not started", "Due soon", "Met");
        assertEquals(states.stream().sorted(java.util.Comparator.comparing(order::indexOf)).toList(), states, "worst first, in words");
        assertTrue(states.containsAll(List.of("Not started", "Met")), states.toString());
        WebElement chronologies = rows.stream().filter(r -> r.getText().startsWith("Multi-agency chronologies")).findFirst().orElseThrow();
        assertTrue(chronologies.getText().contains("Once is enough"), chronologies.getText());
        browser.assertAccessible("pathway");
        browser.assertFitsPhone("pathway");

        WebElement apply = browser.findAll("#requirements a[href*='/my/apply.xhtml?session=']").stream().findFirst()
                .orElseThrow(() -> new AssertionError("a gap with a session to apply for: " + browser.text("#requirements")));
        browser.submit(apply);
        assertTrue(browser.h1().contains("Apply"), browser.h1());

        // A learner who manages nobody sees no one else's pathway and no team.
        browser.get("/my/team-pathways.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        browser.get("/my/pathway.xhtml?person=1");
        assertEquals("You do not have access to this page", browser.h1());
        assertEquals(403, download(base.toExternalForm().replaceAll("/$", "") + "/my/team-pathways.csv").statusCode());
    }

    @Test
    void aManagerSeesTheTeamFiltersItDownloadsItAndGivesARoleProfile() throws Exception {
        browser.signIn("manager", DEMO_PASSWORD);
        browser.navigateTo("/my/team-pathways.xhtml");
        assertEquals("My team's pathways", browser.h1());
        assertTrue(browser.text("#matrix").contains("Shona Urquhart"), browser.text("#matrix"));
        assertTrue(browser.text("#matrix thead").contains("Multi-agency chronologies"), browser.text("#matrix thead"));
        browser.assertAccessible("team-pathways");
        browser.assertFitsPhone("team-pathways");

        new Select(browser.byId("state")).selectByVisibleText("People with something overdue");
        browser.submit("show");
        List<WebElement> overdue = browser.findAll("#matrix tbody tr");
        assertFalse(overdue.isEmpty());
        overdue.forEach(row -> assertTrue(row.getText().contains("Overdue"), row.getText()));
        assertTrue(overdue.stream().noneMatch(row -> row.getText().contains("Una Thomson")), "she has nothing overdue");

        // The same people, downloaded: a heading, then one line each with where they stand and by when.
        HttpResponse<String> csv = download(browser.find("#exportCsv").getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"team-pathways.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("Person,Work e-mail,Role profiles,"), lines.get(0));
        assertEquals(overdue.size() + 1, lines.size(), csv.body());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains("Overdue")), csv.body());
        assertEquals(200, download(browser.find("#exportXlsx").getAttribute("href")).statusCode());

        browser.get("/my/team-pathways.xhtml");
        browser.submit(browser.findAll("#matrix tbody th a").stream().filter(a -> a.getText().equals("Duncan Kerr")).findFirst().orElseThrow());
        assertTrue(browser.h1().endsWith("Duncan Kerr"), browser.h1());
        assertTrue(browser.text("#roles").contains("Administrative staff"), browser.text("#roles"));
        browser.submit("profileForm:assign");
        assertEquals(List.of("Choose a role profile."), browser.errors());
        assertEquals("#profileForm:roleProfile", browser.find(".error-summary a").getAttribute("hash").replace("%3A", ":"));
        new Select(browser.byId("profileForm:roleProfile")).selectByVisibleText("Family support worker");
        browser.submit("profileForm:assign");
        assertTrue(browser.text(".notice").contains("Family support worker"), browser.text("main"));
        assertTrue(browser.text("#requirements").contains("Domestic abuse: routine enquiry"), browser.text("#requirements"));
        browser.assertAccessible("person-pathway");
        browser.assertFitsPhone("person-pathway");

        WebElement remove = browser.findAll("#roles li").stream().filter(li -> li.getText().contains("Family support worker")).findFirst()
                .orElseThrow().findElement(By.cssSelector("input[type='submit']"));
        browser.submit(remove);
        assertTrue(browser.text(".notice").contains("removed"), browser.text("main"));
        assertFalse(browser.text("#roles").contains("Family support worker"), browser.text("#roles"));

        browser.get("/my/pathway.xhtml?person=999999999");
        assertEquals("Page not found", browser.h1());
        browser.get("/my/pathway.xhtml?person=nope");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void aLearnerRecordsANeedAgreedInSupervisionAndOnlyTheirManagerSeesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/pathway.xhtml");
        browser.submit("toPlan");
        assertEquals("My learning plan", browser.h1());
        assertTrue(browser.text("#open-needs").contains("Confidence in writing chronologies"), browser.text("main"));
        assertTrue(browser.text("#closed-needs").contains("National Risk Framework"), browser.text("main"));
        browser.assertAccessible("learning-plan");
        browser.assertFitsPhone("learning-plan");

        browser.submit("add");
        assertEquals("Record a learning need", browser.h1());
        browser.setValue("needForm:agreedOn", java.time.LocalDate.now().plusDays(2).toString());
        browser.submit("needForm:save");
        assertEquals(List.of("Say what is to be learned.", "Say whether the need was agreed in supervision or in appraisal.",
                "The date agreed cannot be in the future."), browser.errors());
        assertEquals("#needForm:need", browser.find(".error-summary a").getAttribute("hash").replace("%3A", ":"));
        browser.assertAccessible("learning-need-errors");
        browser.assertFitsPhone("learning-need");
        browser.type("needForm:need", "Working with interpreters " + tag);
        browser.find("label[for='needForm:agreedIn:0']").click();
        browser.setValue("needForm:agreedOn", java.time.LocalDate.now().toString());
        new Select(browser.byId("needForm:strand")).selectByVisibleText("Child protection");
        browser.submit("needForm:save");
        assertEquals("My learning plan", browser.h1());
        assertTrue(browser.text(".notice").contains("saved"), browser.text("main"));
        WebElement row = browser.findAll("#open-needs tbody tr").stream().filter(r -> r.getText().contains("Working with interpreters " + tag))
                .findFirst().orElseThrow();
        assertTrue(row.getText().contains("Supervision") && row.getText().contains("Medium"), row.getText());

        browser.submit(row.findElement(By.linkText("Change")));
        new Select(browser.byId("needForm:status")).selectByVisibleText("Met");
        browser.submit("needForm:save");
        assertTrue(browser.text("#closed-needs").contains("Working with interpreters " + tag), browser.text("main"));

        browser.signOut();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/my/learning-plan.xhtml?person=1");
        assertEquals("You do not have access to this page", browser.h1());
        browser.signOut();
        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/team-pathways.xhtml");
        browser.submit(browser.findAll("#matrix tbody th a").stream().filter(a -> a.getText().equals("Shona Urquhart")).findFirst().orElseThrow());
        browser.submit("toPlan");
        assertTrue(browser.h1().endsWith("Shona Urquhart"), browser.h1());
        assertTrue(browser.text("#open-needs").contains("Multi-agency chronologies: building one with partners"), browser.text("main"));
        browser.assertAccessible("staff-learning-plan");
        browser.get("/my/learning-plan.xhtml?person=999999999");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void theLearningTeamPlansNextYearFromTheTrainingNeedsAndDraftsTheSessions() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/training-needs.xhtml");
        assertEquals("Training-needs analysis", browser.h1());
        assertTrue(browser.text("#summary").matches("\\d+ places asked for in \\d{4}-\\d{2}; \\d+ sessions to add\\."), browser.text("#summary"));
        WebElement chronologies = browser.findAll("#courses tbody tr").stream()
                .filter(r -> r.getText().startsWith("Multi-agency chronologies")).findFirst().orElseThrow(() -> new AssertionError(browser.text("main")));
        assertTrue(chronologies.getText().contains("from agreed needs"), chronologies.getText());
        assertTrue(browser.text("#by-region").contains("Tayforth"), browser.text("#by-region"));
        assertTrue(browser.text("#needs").matches("\\d+ open \\(\\d+ high, \\d+ medium, \\d+ low priority\\).*"), browser.text("#needs"));
        browser.assertAccessible("training-needs");
        browser.assertFitsPhone("training-needs");

        HttpResponse<String> csv = download(browser.find("#exportCsv").getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().lines().findFirst().orElse("").startsWith("Course,Asked for,From pathways,"), csv.body());
        assertTrue(csv.body().contains("Multi-agency chronologies"), csv.body());
        assertEquals(404, download(base.toExternalForm().replaceAll("/$", "") + "/coordinator/training-needs.csv?year=1999").statusCode());

        if (!browser.findAll("#draftForm\\:draft").isEmpty()) {
            browser.submit("draftForm:draft");
            assertTrue(browser.text(".notice").contains("in the schedule"), browser.text("main"));
            assertTrue(browser.text("#summary").endsWith("0 sessions to add."), browser.text("#summary"));
        }
        browser.get("/coordinator/training-needs.xhtml?year=1999");
        assertEquals("Page not found", browser.h1());

        browser.signOut();
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/coordinator/training-needs.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }

    /** A download as the signed-in browser would make it. */
    private HttpResponse<String> download(String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLearningTeamAddsARequirementAndARoleProfile() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.navigateTo("/coordinator/role-profiles.xhtml");
        assertEquals("Role profiles", browser.h1());
        assertTrue(browser.text("#profiles").contains("Social worker, children and families"), browser.text("#profiles"));
        browser.assertAccessible("role-profiles");
        browser.assertFitsPhone("role-profiles");

        browser.submit("addRequirement");
        browser.type("requirementForm:refreshMonths", "three years");
        browser.submit("requirementForm:save");
        // Every problem in one round: the months that are not a number, and the name not given.
        assertEquals(List.of("Enter the name of the requirement.", "Enter the months as a whole number, for example 36, or leave it empty."),
                browser.errors());
        browser.type("requirementForm:refreshMonths", "36");
        browser.submit("requirementForm:save");
        assertEquals(List.of("Enter the name of the requirement.", "Choose at least one course that meets the requirement."), browser.errors());
        assertEquals("#requirementForm:courses", browser.findAll(".error-summary a").get(1).getAttribute("hash").replace("%3A", ":"));
        browser.assertAccessible("requirement-errors");
        browser.type("requirementForm:name", "Suicide prevention " + tag);
        browser.findAll("input[name='requirementForm:courses']").stream()
                .filter(box -> browser.find("label[for='" + box.getAttribute("id") + "']").getText().startsWith("Suicide prevention"))
                .findFirst().orElseThrow().click();
        browser.submit("requirementForm:save");
        assertTrue(browser.text("#requirements").contains("Suicide prevention " + tag), browser.text("#requirements"));

        browser.submit("addProfile");
        browser.type("profileForm:name", "Youth worker " + tag);
        browser.type("profileForm:code", "SW-CF");
        new Select(browser.byId("profileForm:group_CP_2024")).selectByVisibleText("General workforce");
        browser.findAll("input[name='profileForm:requirements']").stream()
                .filter(box -> browser.find("label[for='" + box.getAttribute("id") + "']").getText().equals("Suicide prevention " + tag))
                .findFirst().orElseThrow().click();
        browser.submit("profileForm:save");
        assertEquals(List.of("Another role profile has this code."), browser.errors());
        browser.assertAccessible("role-profile-errors");
        browser.assertFitsPhone("role-profile");
        browser.type("profileForm:code", "YW-" + tag);
        browser.submit("profileForm:save");
        WebElement row = browser.findAll("#profiles tbody tr").stream().filter(r -> r.getText().contains("Youth worker " + tag)).findFirst()
                .orElseThrow();
        assertTrue(row.getText().contains("General workforce") && row.getText().contains("Suicide prevention " + tag), row.getText());

        browser.get("/coordinator/role-profile.xhtml?id=nope");
        assertEquals("Page not found", browser.h1());
    }
}
