package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Self-guided learning in the browser: an e-learning course's page says it is done in one's own time; the learning
 * team adds a podcast as an uploaded file (every problem shown at once, each linked to its field), a learner opens it,
 * marks it done with a reflection, downloads the certificate and answers the evaluation, and finds it in My learning;
 * once retired it leaves the course page. Every page with axe, at desktop and phone width.
 */
class SelfGuidedIT extends BrowserIT {

    @Test
    void anELearningCourseIsDoneInYourOwnTime() {
        browser.get("/catalogue.xhtml?q=recognising+and+responding+to+concerns");
        assertTrue(browser.text(".course-list").contains("Self-guided: do it in your own time."), browser.text(".course-list"));
        browser.find(".course-list__title a").click();
        assertEquals("Do this course in your own time", browser.text("#resources-heading"));
        WebElement module = browser.find("#resources .resource");
        assertTrue(module.getText().contains("E-learning module"), module.getText());
        assertTrue(module.getText().contains("Recognising and responding to concerns about children: e-learning module"), module.getText());
        assertTrue(module.getText().contains("About 60 minutes · 1 CPD hours · Completes the course"), module.getText());
        assertFalse(browser.text("main").contains("No sessions are planned yet."));
        browser.assertAccessible("course-self-guided");
        browser.assertFitsPhone("course-self-guided");

        // Marking it done needs a learner: a visitor is asked to sign in.
        browser.submit(module.findElement(By.cssSelector(".mark-done-link")));
        assertTrue(browser.url().contains("sign-in"), browser.url());
    }

    @Test
    void theLearningTeamAddsAPodcastAndALearnerDoesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Chronologies in practice, episode " + tag;
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/courses.xhtml?q=multi-agency+chronologies");
        browser.submit(browser.find("main a[href*='coordinator/course.xhtml?id=']"));
        String courseUrl = browser.url();
        assertEquals("Self-guided learning", browser.text("#resources-heading"));
        browser.submit("addResource");
        assertEquals("Multi-agency chronologies Add self-guided learning", browser.h1().replace('\n', ' '));
        browser.assertAccessible("resource-form");
        browser.assertFitsPhone("resource-form");

        // Everything wrong at once, in the order of the form, each message linked to its field.
        browser.type("resourceForm:minutes", "an hour");
        browser.type("resourceForm:cpdHours", "0.3");
        browser.submit("resourceForm:save");
        assertEquals(List.of("Choose what kind of learning it is.", "Enter a title.", "Enter a web address or upload a file.",
                "Enter the time as a whole number of minutes, for example 45.", "Enter CPD hours from 0 to 99.75, in quarters of an hour."),
                browser.errors());
        assertEquals("#resourceForm:kind", browser.find(".error-summary a").getAttribute("hash"));
        assertEquals("true", browser.byId("resourceForm:minutes").getAttribute("aria-invalid"));
        browser.assertAccessible("resource-form-errors");

        new Select(browser.byId("resourceForm:kind")).selectByVisibleText("Podcast");
        browser.type("resourceForm:title", title);
        browser.type("resourceForm:description", "Two practitioners talk through a chronology they built together.");
        Path file = Files.createTempFile("episode-" + tag, ".mp3");
        Files.write(file, new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        browser.byId("resourceForm:file").sendKeys(file.toString());
        browser.type("resourceForm:minutes", "25");
        browser.type("resourceForm:cpdHours", "0.5");
        browser.submit("resourceForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        WebElement row = browser.findAll("#resources tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Podcast"), row.getText());
        assertTrue(row.getText().contains("CPD hours only"), row.getText());
        browser.assertAccessible("course-admin-resources");
        browser.assertFitsPhone("course-admin-resources");
        String publicUrl = browser.find("#publicPage").getAttribute("href");
        browser.signOut();

        // A learner finds it on the course page, opens the file and marks it done.
        browser.signIn("learner", DEMO_PASSWORD);
        browser.driver().get(publicUrl);
        WebElement podcast = browser.findAll("#resources .resource").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(podcast.getText().contains("(MP3, 1 KB)"), podcast.getText());
        HttpResponse<byte[]> mp3 = download(podcast.findElement(By.cssSelector(".resource-open")).getAttribute("href"));
        assertEquals(200, mp3.statusCode());
        assertEquals("audio/mpeg", mp3.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals(10, mp3.body().length);
        browser.submit(podcast.findElement(By.cssSelector(".mark-done-link")));
        assertTrue(browser.h1().endsWith(title), browser.h1());
        assertTrue(browser.text("main").contains("CPD hours; the course itself is done by attending a session"), browser.text("main"));
        browser.assertAccessible("my-resource");
        browser.assertFitsPhone("my-resource");
        String resourceUrl = browser.url();

        browser.type("doneForm:reflection", "Starting the chronology at the first contact makes the pattern visible.");
        browser.submit("doneForm:markDone");
        assertEquals("Added to your learning record", browser.text("#doneNotice h2"));
        assertTrue(browser.text("#doneNotice").contains("Recorded with 0.5 CPD hours."), browser.text("#doneNotice"));
        browser.assertAccessible("my-resource-done");
        HttpResponse<byte[]> certificate = download(browser.find("#certificateLink").getAttribute("href"));
        assertEquals(200, certificate.statusCode());
        assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElse(""));

        // Once a day: a second time today is refused, on the page, nothing recorded.
        browser.driver().get(resourceUrl);
        assertTrue(browser.text("#history").contains("Starting the chronology at the first contact"), browser.text("#history"));
        browser.submit("doneForm:markDone");
        assertEquals(List.of("You marked this done today already."), browser.errors());

        // The evaluation, asked like any course's, then My learning.
        browser.get("/my/index.xhtml");
        WebElement ask = browser.findAll("#myEvaluations a").stream().filter(a -> a.getText().contains(title)).findFirst().orElseThrow();
        browser.submit(ask);
        assertTrue(browser.h1().contains("Multi-agency chronologies: " + title), browser.h1());
        browser.assertAccessible("evaluation-self-guided");
        for (WebElement scale : browser.findAll("ul.choice-list--inline")) {
            List<WebElement> choices = scale.findElements(By.cssSelector("input[type=radio]"));
            choices.get(scale.getAttribute("id").endsWith(":before") ? 1 : 3).click();
        }
        browser.type(browser.find("#evaluationForm textarea").getAttribute("id"), "Short enough for a lunch break.");
        browser.submit("evaluationForm:send");
        assertEquals("Thank you", browser.h1(), browser.text("main"));
        browser.get("/my/index.xhtml");
        WebElement record = browser.findAll("#myRecord tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(record.getText().contains("Self-guided, CPD hours"), record.getText());
        assertTrue(record.getText().contains("Certificate of learning (PDF)"), record.getText());
        assertTrue(browser.findAll("#myEvaluations a").stream().noneMatch(a -> a.getText().contains(title)), "answered");
        browser.signOut();

        // Retired, it leaves the course page.
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.driver().get(courseUrl);
        WebElement retire = browser.findAll("#resources tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[id$='retireResource']"));
        browser.submit(retire);
        assertTrue(browser.text(".notice").contains("no longer offered"), browser.text("main"));
        browser.driver().get(publicUrl);
        assertFalse(browser.text("main").contains(title));
    }

    private HttpResponse<byte[]> download(String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
