package org.learningnetwork.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Base of the browser tests: the application as built, deployed once for them all ({@link SharedApplication}), and a
 * fresh browser (no cookies, nobody signed in) for each test.
 */
public abstract class BrowserIT {

    public static final String DEMO_PASSWORD = "Learning-Network-demo1";

    protected URL base;

    protected Browser browser;

    private static final HttpClient API = HttpClient.newHttpClient();

    @BeforeEach
    void openBrowser() {
        base = SharedApplication.base();
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * An API call to the application at {@code instance} (its address, ending in a slash) with the session cookie (or
     * none), a JSON body (or none), answered as text.
     */
    protected HttpResponse<String> api(String instance, String cookie, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance + "api/" + path)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return API.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A session with at least {@code places} places left, taking applications, of a course without prerequisites. */
    /** A new person in NHS Tayside, added by the signed-in administrator or coordinator; their page is open after. */
    protected void newPerson(String givenName, String familyName, String email) {
        browser.get("/people/person.xhtml");
        browser.type("personForm:givenName", givenName);
        browser.type("personForm:familyName", familyName);
        browser.type("personForm:workEmail", email);
        new org.openqa.selenium.support.ui.Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("personForm:save");
        browser.get("/people/people.xhtml?q=" + familyName);
        browser.find("#peopleForm\\:people tbody a").click();
    }

    /**
     * A new person in NHS Tayside, given an account by invitation with the learner's role and a line manager's, by the
     * signed-in administrator (who stays signed in).
     */
    protected void personWithManagerAccount(String givenName, String familyName, String email) {
        newPerson(givenName, familyName, email);
        browser.find("#accountLink").click();
        browser.findAll("input[name='accountForm:roles']").stream().filter(b -> b.getAttribute("value").equals("MANAGER"))
                .findFirst().orElseThrow().click();
        browser.submit("accountForm:invite");
    }

    protected int bookableSession(int places) throws Exception {
        String instance = base.toExternalForm();
        var courses = jsonObject(api(instance, null, "GET", "courses?hasPlaces=true&size=100", null)).getJsonArray("items");
        for (JsonObject course : courses.getValuesAs(JsonObject.class)) {
            if (!course.getBoolean("bookable")) {
                continue;
            }
            JsonObject detail = jsonObject(api(instance, null, "GET", "courses/" + course.getInt("id"), null));
            if (!detail.getJsonArray("prerequisites").isEmpty()) {
                continue;
            }
            for (JsonObject s : detail.getJsonArray("upcomingSessions").getValuesAs(JsonObject.class)) {
                if (s.getInt("placesLeft") >= places && "OPEN".equals(s.getString("status"))
                        && Instant.parse(s.getString("bookingClosesAt")).isAfter(Instant.now())
                        && Instant.parse(s.getString("bookingOpensAt")).isBefore(Instant.now())) {
                    return s.getInt("id");
                }
            }
        }
        throw new AssertionError("The demo has a bookable session");
    }

    /** A session with a place, taking applications, of a course without prerequisites. */
    protected int bookableSession() throws Exception {
        return bookableSession(1);
    }

    /** An API answer's JSON object. */
    protected static JsonObject jsonObject(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The address of the apply link of the first course, among those with places, that has no prerequisites. */
    protected String applyLinkWithoutPrerequisites() {
        browser.get("/catalogue.xhtml?places=yes");
        List<String> courses = browser.findAll(".course-list__title a").stream().map(a -> a.getAttribute("href")).toList();
        for (String course : courses) {
            browser.driver().get(course);
            if (browser.findAll("#prerequisites").isEmpty() && !browser.findAll(".apply-link").isEmpty()) {
                return browser.find(".apply-link").getAttribute("href");
            }
        }
        throw new AssertionError("No course with places and without prerequisites in " + courses);
    }

    /**
     * Sends the application; if the course is aimed at another workforce group (BookingIT tests the warning on
     * its own), confirms and sends it again.
     */
    /**
     * Cancels a booking from its row on My learning: the link to the confirmation page, then "Yes, cancel my booking"
     * (with the reason, when one is given).
     */
    protected void cancelBooking(WebElement row, String reason) {
        browser.driver().get(row.findElement(By.cssSelector(".cancel-link")).getAttribute("href"));
        if (reason != null) {
            browser.type("cancelForm:reason", reason);
        }
        browser.submit("cancelForm:confirm");
    }

    protected void submitConfirmingAnyGroupWarning() {
        // The warning and its box are on the form from the start when the course is for other groups.
        if (!browser.findAll("#applyForm\\:confirmGroupMismatch").isEmpty() && !browser.byId("applyForm:confirmGroupMismatch").isSelected()) {
            browser.byId("applyForm:confirmGroupMismatch").click();
        }
        browser.submit("applyForm:apply");
    }

    /** The newest mail in the signed-in user's demo inbox whose subject starts so, waiting for it to arrive (up to a minute: other tests may have left mail queued). */
    protected WebElement mail(String subject) {
        return mail(text -> text.startsWith(subject), subject);
    }

    /** The newest mail to {@code address} whose subject starts so, in the signed-in user's demo inbox, waiting for it. */
    protected WebElement mailTo(String address, String subject) {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            browser.get("/my/inbox.xhtml");
            for (WebElement mail : browser.findAll(".mail")) {
                if (mail.findElement(By.cssSelector(".mail__subject")).getText().startsWith(subject) && mail.getText().contains(address)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("No mail '" + subject + "' to " + address + " in " + browser.text("main"));
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected WebElement mail(Predicate<String> subject, String description) {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            browser.get("/my/inbox.xhtml");
            for (WebElement mail : browser.findAll(".mail")) {
                if (subject.test(mail.findElement(By.cssSelector(".mail__subject")).getText())) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("No mail '" + description + "' in " + browser.text("main"));
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * On the jobs page after a run was started: waits (up to 90 seconds, reloading) until the run the notice names has
     * completed, and gives the CSS selector of its table.
     */
    protected String awaitJobRun() throws InterruptedException {
        java.util.regex.Matcher started = java.util.regex.Pattern.compile("\\(run ([0-9,]+)\\)").matcher(browser.text(".notice"));
        if (!started.find()) {
            throw new AssertionError("No run started: " + browser.text("main"));
        }
        String run = "#run-" + started.group(1).replace(",", "");
        Instant until = Instant.now().plusSeconds(90);
        while (!browser.text(run + " .job-status").equals("completed")) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not completed: " + browser.text(run));
            }
            Thread.sleep(500);
            browser.get("/coordinator/jobs.xhtml");
        }
        return run;
    }
}
