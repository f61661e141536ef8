package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A facilitator takes a session's register on the day; a learner downloads a certificate of attendance. */
class RegisterIT extends BrowserIT {

    @Test
    void aFacilitatorTakesTheRegisterAndMinutesArePartOfAPartAttendance() {
        browser.signIn("facilitator", DEMO_PASSWORD);
        browser.driver().findElement(By.linkText("Registers")).click();
        assertEquals("Registers of my sessions", browser.h1());
        browser.assertAccessible("registers");
        // The demo's session yesterday, still to be marked, is the first that has started.
        browser.driver().get(browser.findAll("#sessions a").get(1).getAttribute("href"));
        assertTrue(browser.h1().endsWith("Register"), browser.h1());
        int learners = browser.findAll(".register-line").size();
        assertEquals(6, learners);
        browser.assertAccessible("register");

        browser.byId("registerForm:marks:0:mark:0").click();
        browser.byId("registerForm:marks:1:mark:1").click();
        browser.type("registerForm:marks:1:minutes", "an hour");
        browser.byId("registerForm:marks:2:mark:1").click();
        browser.submit("registerForm:save");
        assertEquals(List.of("Enter the minutes attended as a whole number, like 90."), browser.errors());
        assertEquals("#registerForm:marks:1:minutes", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("register-bad-minutes");

        browser.type("registerForm:marks:1:minutes", "90");
        browser.submit("registerForm:save");
        assertEquals(List.of("Enter the minutes attended: from 1 to less than the course's length."), browser.errors());
        assertEquals("#registerForm:marks:2:minutes", browser.find(".error-summary a").getAttribute("hash"));

        browser.type("registerForm:marks:2:minutes", "60");
        browser.submit("registerForm:save");
        assertTrue(browser.text(".notice").contains("The register is saved"), browser.text("main"));
        assertTrue(browser.byId("registerForm:marks:0:mark:0").isSelected(), "the marks are shown again");
        assertEquals("90", browser.byId("registerForm:marks:1:minutes").getAttribute("value"));
        String register = browser.url();

        // The list says which registers are done; this one is started (three marked here; another test may mark the last).
        browser.driver().findElement(By.linkText("Registers")).click();
        String started = browser.findAll("#sessions tbody tr").get(1).getText();
        assertTrue(started.matches("(?s).*Started: [34] of 6 marked.*"), started);

        // Everyone else came: one button marks those not yet marked, the facilitator corrects one and saves.
        browser.driver().get(register);
        browser.submit("registerForm:everyone");
        assertTrue(browser.text(".notice").contains("now marked Attended"), browser.text("main"));
        for (int row = 3; row < 5; row++) {
            assertTrue(browser.byId("registerForm:marks:" + row + ":mark:0").isSelected(), "row " + row + " marked attended");
        }
        assertTrue(browser.byId("registerForm:marks:1:mark:1").isSelected(), "a mark already given stays");
        browser.byId("registerForm:marks:5:mark:2").click();
        // Big enough to tap on a tablet: every choice at least 44 px high.
        for (var label : browser.findAll(".register-choices label")) {
            assertTrue(label.getRect().getHeight() >= 44, "a choice " + label.getRect().getHeight() + " px high: " + label.getText());
        }
        browser.assertFitsPhone("register-everyone-marked");
        browser.submit("registerForm:save");
        assertTrue(browser.text(".notice").contains("The register is saved"), browser.text("main"));
        assertTrue(browser.byId("registerForm:marks:5:mark:2").isSelected());
        browser.driver().findElement(By.linkText("Registers")).click();
        assertTrue(browser.findAll("#sessions tbody tr").get(1).getText().contains("Done: all 6 marked"),
                browser.findAll("#sessions tbody tr").get(1).getText());
        browser.assertFitsPhone("registers");

        browser.get("/facilitator/register.xhtml?session=nonsense");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void aLearnerSeesTheirRecordAndDownloadsTheCertificate() throws Exception {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertTrue(browser.text("#myRecord").contains("Child protection: key processes"), browser.text("#myRecord"));
        browser.assertAccessible("my-learning-record");
        String href = browser.find("#myRecord a").getAttribute("href");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // Someone else's record, a malformed one, and no sign-in at all.
        long id = Long.parseLong(href.replaceAll(".*record=", ""));
        HttpResponse<byte[]> other = http.send(HttpRequest.newBuilder(URI.create(href.replace("record=" + id, "record=" + (id + 1))))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, other.statusCode(), "someone else's record is answered as one that does not exist");
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(href.replace("record=" + id, "record=x")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        HttpResponse<byte[]> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303 || anonymous.statusCode() == 200
                && !new String(anonymous.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF"),
                "sign-in first: " + anonymous.statusCode());
    }
}
