package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The learning team allocates the places of the demo's note-of-interest session whose booking window has closed:
 * field errors, a run with chosen quotas and seed, the reasons on screen and in the CSV, an adjustment, confirmation.
 * The demo has one such session and confirming its allocation ends it: the field checks, which change nothing, go first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllocationIT extends BrowserIT {

    @Test
    @Order(1)
    void aRunsFieldsAreCheckedAndEachMistakeNamedOnItsField() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        long sessionId = closedNoteOfInterestSession();
        browser.get("/coordinator/roster.xhtml?session=" + sessionId);
        browser.submit("allocation");
        assertTrue(browser.h1().endsWith("Allocation of places"), browser.h1());
        browser.assertAccessible("allocation");

        browser.type("runForm:agencyShare", "0");
        browser.type("runForm:groupShare", "lots");
        browser.type("runForm:seed", "12ab");
        browser.submit("runForm:run");
        assertEquals(List.of("Enter a whole number from 1 to 100.", "Enter a whole number from 1 to 100.",
                "Enter the seed as a whole number, for example 4821937, or leave it empty."), browser.errors());
        assertEquals("#runForm:agencyShare", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("allocation-errors");

        browser.get("/coordinator/allocation.xhtml?session=nope");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    @Order(2)
    void theLearningTeamRunsAdjustsExportsAndConfirmsAnAllocation() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        long sessionId = closedNoteOfInterestSession();
        browser.get("/coordinator/allocation.xhtml?session=" + sessionId);

        browser.type("runForm:agencyShare", "34");
        browser.type("runForm:groupShare", "100");
        browser.type("runForm:seed", "20261123");
        browser.submit("runForm:run");
        assertTrue(browser.text(".notice").contains("The allocation has run"), browser.text("main"));
        assertEquals("20261123", browser.text("#seedUsed"));
        assertEquals("6 of 6 places", browser.text("#placedCount"));
        List<WebElement> rows = browser.findAll("#allocationTable tbody tr");
        assertEquals(9, rows.size());
        assertTrue(rows.get(0).getText().contains("Essential for their current role"), rows.get(0).getText());
        long notPlaced = rows.stream().filter(r -> r.getText().contains("Not placed.")).count();
        assertEquals(3, notPlaced);
        browser.assertAccessible("allocation-draft");

        // The reasons, downloaded: a heading and one line per applicant, in priority order.
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.find("#export").getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("seed-20261123"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(10, lines.size());
        assertTrue(lines.get(0).startsWith("Priority,Name,Work e-mail"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));

        // Giving a place needs a reason, shown on that row.
        int first = indexOf(rows, "Not placed.");
        browser.submit("linesForm:lines:" + first + ":place");
        assertEquals(List.of("Say why you are changing the allocation for this person."), browser.errors());
        assertEquals("#linesForm:lines:" + first + ":reason", browser.find(".error-summary a").getAttribute("hash"));
        browser.type("linesForm:lines:" + first + ":reason", "Named in the case review action plan");
        browser.submit("linesForm:lines:" + first + ":place");
        assertTrue(browser.text(".notice").contains("now has a place"), browser.text("main"));
        assertEquals("7 of 6 places", browser.text("#placedCount"));
        browser.submit("linesForm:confirm");
        assertTrue(browser.text("#confirmForm").contains("7 people get a place (of 6)"), browser.text("main"));
        browser.submit("confirmForm:yes");
        assertEquals(List.of("This allocation places more people than there are places. Take a place away from someone first."),
                browser.errors());

        rows = browser.findAll("#allocationTable tbody tr");
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains("Placed.") && !rows.get(i).getText().contains("Changed by the learning team")) {
                last = i;
            }
        }
        browser.type("linesForm:lines:" + last + ":reason", "Attended a similar course this spring");
        browser.submit("linesForm:lines:" + last + ":unplace");
        assertEquals("6 of 6 places", browser.text("#placedCount"));
        assertTrue(browser.text("#allocationTable").contains("Changed by the learning team: Named in the case review action plan"));
        browser.submit("linesForm:confirm");
        browser.assertAccessible("allocation-confirm-asked");
        browser.submit("confirmForm:yes");
        assertTrue(browser.text(".notice").contains("The allocation is confirmed"), browser.text("main"));
        assertEquals("Confirmed allocation", browser.text("#result-heading"));
        assertTrue(browser.findAll("#runForm").isEmpty(), "a confirmed allocation cannot be run again");
        browser.assertAccessible("allocation-confirmed");

        browser.get("/coordinator/roster.xhtml?session=" + sessionId);
        assertTrue(browser.text("#counts").contains("6 of 6 places"), browser.text("#counts"));
        assertEquals(List.of("1", "2", "3"), browser.findAll("#roster tbody tr").stream()
                .filter(tr -> tr.getText().contains("On the waiting list"))
                .map(tr -> tr.findElements(By.tagName("td")).get(4).getText()).toList());
    }

    private static int indexOf(List<WebElement> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No row with " + text);
    }

    /** The demo's session whose notes of interest wait for allocation: the first note-of-interest course's, with nine approved. */
    private long closedNoteOfInterestSession() {
        JsonObject course = api("courses?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> "NOTE_OF_INTEREST".equals(c.getString("bookingMode")))
                .min(Comparator.comparingInt(c -> c.getInt("id"))).orElseThrow();
        for (JsonObject session : api("sessions?size=100&course=" + course.getInt("id")).getJsonArray("items").getValuesAs(JsonObject.class)) {
            browser.get("/coordinator/allocation.xhtml?session=" + session.getInt("id"));
            if ("9".equals(browser.text("#approvedCount"))) {
                return session.getInt("id");
            }
        }
        throw new AssertionError("The demo has a note-of-interest session waiting for allocation");
    }

    private JsonObject api(String path) {
        browser.get("/api/" + path);
        try (JsonReader reader = Json.createReader(new StringReader(browser.driver().findElement(By.tagName("body")).getText()))) {
            return reader.readObject();
        }
    }
}
