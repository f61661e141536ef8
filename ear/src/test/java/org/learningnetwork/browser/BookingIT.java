package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A learner applies for a session, their line manager decides, and the learner sees and cancels the booking. */
class BookingIT extends BrowserIT {

    @Test
    void aLearnerAppliesTheirManagerDecidesAndTheLearnerCanCancel() {
        browser.signIn("learner", DEMO_PASSWORD);
        String apply = applyLinkWithoutPrerequisites();
        browser.driver().get(apply);
        String course = browser.text("h1 .caption");
        assertTrue(browser.text(".trauma-statement").contains("never be required to disclose"));
        browser.assertAccessible("apply");
        browser.type("applyForm:need", "New to child protection work; agreed in supervision.");
        submitConfirmingAnyGroupWarning();
        assertTrue(browser.text(".notice").contains("sent to your line manager"), browser.text("main"));
        assertTrue(rowOf(course).getText().contains("Waiting for your line manager's approval"), rowOf(course).getText());
        browser.assertAccessible("my-learning-bookings");

        // Applying twice is refused with the reason.
        browser.driver().get(apply);
        submitConfirmingAnyGroupWarning();
        assertEquals(List.of("You already have a booking on this session."), browser.errors());

        // A learner is not a manager: the approvals page is refused.
        browser.get("/my/approvals.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        browser.signOut();

        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/approvals.xhtml");
        browser.assertAccessible("approvals");
        int row = indexOfRequestFor("Callum Drummond", course);
        browser.submit("approvals:rows:" + row + ":decline");
        assertEquals(List.of("Enter a reason: the learner will be told it."), browser.errors());
        assertEquals("#approvals:rows:" + row + ":reason", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("approvals-missing-reason");
        browser.submit("approvals:rows:" + row + ":approve");
        assertTrue(browser.text(".notice").contains("approved"), browser.text("main"));
        browser.signOut();

        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        String status = rowOf(course).findElement(org.openqa.selenium.By.cssSelector(".booking-status")).getText();
        assertTrue(status.startsWith("Confirmed") || status.startsWith("Approved") || status.startsWith("On the waiting list"), status);
        // Cancelling asks first, says what is given up and whether it is late, and takes a reason.
        browser.driver().get(rowOf(course).findElement(org.openqa.selenium.By.cssSelector(".cancel-link")).getAttribute("href"));
        assertEquals("Are you sure you want to cancel your booking?", browser.h1().replace(course, "").strip());
        browser.assertAccessible("cancel-booking");
        browser.assertFitsPhone("cancel-booking");
        browser.find("#cancelForm\\:keep").click();
        assertTrue(rowOf(course).getText().contains(status), "kept: " + rowOf(course).getText());
        cancelBooking(rowOf(course), "Shift pattern changed");
        assertTrue(browser.text(".notice").contains("cancelled"), browser.text("main"));
        assertTrue(rowOf(course).getText().contains("Cancelled"), rowOf(course).getText());
    }

    @Test
    void aManagerStatesHowMuchTheLearnerNeedsANoteOfInterestCourseWhenApproving() {
        browser.signIn("learner", DEMO_PASSWORD);
        jakarta.json.JsonObject noteOfInterest = api("courses?size=100").getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(c -> "NOTE_OF_INTEREST".equals(c.getString("bookingMode")))
                .filter(c -> {
                    browser.get("/course.xhtml?id=" + c.getInt("id"));
                    return browser.findAll("#prerequisites").isEmpty() && !browser.findAll(".apply-link").isEmpty();
                })
                .findFirst().orElseThrow(() -> new AssertionError("The demo has a note-of-interest course open for notes"));
        browser.get("/course.xhtml?id=" + noteOfInterest.getInt("id"));
        browser.driver().get(browser.find(".apply-link").getAttribute("href"));
        submitConfirmingAnyGroupWarning();
        assertTrue(browser.text(".notice").contains("sent to your line manager"), browser.text("main"));
        String course = noteOfInterest.getString("title");
        browser.signOut();

        browser.signIn("manager", DEMO_PASSWORD);
        browser.get("/my/approvals.xhtml");
        int row = indexOfRequestFor("Callum Drummond", course);
        String level = "approvals:rows:" + row + ":needLevel";
        assertEquals("How much do they need this course?", browser.text("label[for='" + level + "']"));
        browser.assertAccessible("approvals-need-level");
        new org.openqa.selenium.support.ui.Select(browser.byId(level)).selectByVisibleText("Essential for their current role");
        browser.submit("approvals:rows:" + row + ":approve");
        assertTrue(browser.text(".notice").contains("approved"), browser.text("main"));
        browser.signOut();

        // The learner's booking history shows the need the manager stated (it weighs in the allocation).
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        browser.driver().get(rowOf(course).findElement(org.openqa.selenium.By.cssSelector(".history-link")).getAttribute("href"));
        assertTrue(browser.text("main").contains("Essential for their current role"), browser.text("main"));
        browser.get("/my/index.xhtml");
        cancelBooking(rowOf(course), null);
        assertTrue(rowOf(course).getText().contains("Cancelled"), rowOf(course).getText());
    }

    /**
     * The demo's learning and development advisor has no line manager: her request goes to the learning team, who are
     * told; she cannot decide it herself, the administrator does; what she needs to take part is on the roster.
     */
    @Test
    void aRequestFromSomeoneWithoutALineManagerIsDecidedByTheLearningTeam() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        String apply = applyLinkWithoutPrerequisites();
        String session = apply.replaceAll(".*[?&]session=(\\d+).*", "$1");
        browser.driver().get(apply);
        String course = browser.text("h1 .caption");
        assertTrue(browser.text("#approver").contains("goes to the learning team"), browser.text("#approver"));
        browser.type("applyForm:adjustments", "Step-free access and a hearing loop");
        browser.assertAccessible("apply-without-line-manager");
        browser.assertFitsPhone("apply-without-line-manager");
        submitConfirmingAnyGroupWarning();
        assertTrue(browser.text(".notice").contains("sent to the learning team"), browser.text("main"));
        browser.get("/coordinator/approvals.xhtml");
        assertTrue(browser.findAll(".approval").stream().noneMatch(card -> card.getText().contains("Eilidh Baird")
                && card.getText().contains(course)), "her own request is for someone else to decide");
        browser.signOut();

        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/coordinator/approvals.xhtml");
        browser.assertAccessible("approvals-learning-team");
        browser.assertFitsPhone("approvals-learning-team");
        int row = indexOfRequestFor("Eilidh Baird", course);
        browser.submit("approvals:rows:" + row + ":approve");
        assertTrue(browser.text(".notice").contains("approved"), browser.text("main"));
        assertEquals("Requests without a line manager", browser.h1(), "back on the learning team's page");
        browser.get("/coordinator/roster.xhtml?session=" + session);
        assertTrue(browser.text("#roster").contains("Step-free access and a hearing loop"), browser.text("#roster"));
        browser.signOut();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        cancelBooking(rowOf(course), null);
        assertTrue(rowOf(course).getText().contains("Cancelled"), rowOf(course).getText());
    }

    @Test
    void aCourseForAnotherWorkforceGroupAsksTheLearnerToConfirm() {
        browser.signIn("learner", DEMO_PASSWORD);
        // The demo learner is in the child protection "specific" group: find a bookable course for other groups only.
        jakarta.json.JsonArray courses = api("courses?hasPlaces=true&size=100").getJsonArray("items");
        jakarta.json.JsonObject other = courses.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getJsonArray("targetGroups").getValuesAs(jakarta.json.JsonObject.class).stream()
                        .noneMatch(g -> "CP_2024".equals(g.getString("framework")) && "SPECIFIC".equals(g.getString("code"))))
                .filter(c -> {
                    browser.get("/course.xhtml?id=" + c.getInt("id"));
                    return browser.findAll("#prerequisites").isEmpty() && !browser.findAll(".apply-link").isEmpty();
                })
                .findFirst().orElseThrow(() -> new AssertionError("The demo has a bookable course for other groups"));
        browser.get("/course.xhtml?id=" + other.getInt("id"));
        browser.driver().get(browser.find(".apply-link").getAttribute("href"));
        // Said before the learner writes anything, not after they send the form.
        assertTrue(browser.text("#groupMismatch-text").contains("different workforce group"), browser.text("main"));
        browser.assertAccessible("apply-group-warning-before");
        browser.submit("applyForm:apply");
        assertEquals(1, browser.errors().size(), browser.errors().toString());
        assertTrue(browser.errors().get(0).contains("different workforce group"), browser.errors().toString());
        assertEquals("#applyForm:confirmGroupMismatch", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("apply-group-warning");
        browser.byId("applyForm:confirmGroupMismatch").click();
        browser.submit("applyForm:apply");
        assertTrue(browser.text(".notice").contains("sent to your line manager"), browser.text("main"));
        String course = other.getString("title");
        cancelBooking(rowOf(course), null);
        assertTrue(rowOf(course).getText().contains("Cancelled"), rowOf(course).getText());
    }

    @Test
    void theLearningTeamSeesAFullSessionsRosterWithItsWaitingListAndDownloadsIt() throws Exception {
        browser.signIn("coordinator", DEMO_PASSWORD);
        jakarta.json.JsonObject full = api("sessions?size=100").getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(s -> s.getInt("placesLeft") == 0 && !"CANCELLED".equals(s.getString("status")))
                .findFirst().orElseThrow(() -> new AssertionError("The demo has full sessions"));
        browser.get("/coordinator/session.xhtml?id=" + full.getInt("id"));
        browser.submit("rosterLink");
        assertEquals("Who is booked", browser.find("h1").getText().replace(browser.text("h1 .caption"), "").strip());
        assertTrue(browser.text("#counts").contains(full.getInt("capacity") + " of " + full.getInt("capacity") + " places"),
                browser.text("#counts"));
        List<String> positions = browser.findAll("#roster tbody tr").stream()
                .filter(tr -> tr.getText().contains("On the waiting list"))
                .map(tr -> tr.findElements(org.openqa.selenium.By.tagName("td")).get(4).getText()).toList();
        // The demo's full session has three waiting; other tests may have added to the queue: positions 1, 2, 3 and on.
        assertTrue(positions.size() >= 3, positions.toString());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, positions.size()).mapToObj(String::valueOf).toList(), positions);
        browser.assertAccessible("roster");

        // The CSV download, with the coordinator's session: a header and one line per booking.
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpResponse<String> csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(browser.find("#download").getAttribute("href"))).header("Cookie", "JSESSIONID=" + cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("Name,Work e-mail,Organisation"), lines.get(0));
        assertEquals(browser.findAll("#roster tbody tr").size() + 1, lines.size());
        assertEquals(positions.size(), lines.stream().filter(l -> l.contains(",WAITLISTED,")).count());

        // The same roster as an Excel workbook: the same rows, waiting-list positions as numbers.
        java.net.http.HttpResponse<java.io.InputStream> xlsx = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.find("#downloadExcel").getAttribute("href")))
                        .header("Cookie", "JSESSIONID=" + cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.body())) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertEquals(lines.size(), rows.size());
            assertEquals("Name", rows.get(0).getCellText(0));
            List<java.math.BigDecimal> queue = rows.stream().filter(r -> "WAITLISTED".equals(r.getCellText(4)))
                    .map(r -> r.getCell(6).asNumber()).toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, positions.size()).mapToObj(java.math.BigDecimal::valueOf).toList(), queue);
        }

        // Cancelling someone's place, from their row: a page of its own that needs a reason; the place goes to the first waiting.
        int confirmedRow = indexOfRowWith("Confirmed");
        WebElement cancelLink = browser.findAll("#roster tbody tr").get(confirmedRow).findElement(org.openqa.selenium.By.cssSelector("a[id^='cancel-']"));
        String confirmedName = browser.findAll("#roster tbody tr").get(confirmedRow).findElements(org.openqa.selenium.By.tagName("td")).get(0).getText();
        assertTrue(cancelLink.getAttribute("textContent").endsWith(": " + confirmedName), "the link names whose booking it cancels");
        browser.submit(cancelLink);
        assertTrue(browser.url().contains("/coordinator/cancel-place.xhtml?booking="), browser.url());
        assertTrue(browser.text("#bookingFacts").contains(confirmedName), browser.text("#bookingFacts"));
        String cancelPage = browser.url();
        browser.submit("cancelForm:confirm");
        assertEquals(List.of("Enter a reason: the learner will be told it."), browser.errors());
        assertEquals("#cancelForm:reason", browser.find(".error-summary a").getAttribute("hash"));
        browser.assertAccessible("cancel-place-missing-reason");
        browser.assertFitsPhone("cancel-place-missing-reason");
        browser.type("cancelForm:reason", "Moved to another team");
        browser.submit("cancelForm:confirm");
        assertTrue(browser.text(".notice").contains("The booking is cancelled"), browser.text("main"));
        assertTrue(browser.text("#roster").contains("Offered a place"), browser.text("#roster"));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, positions.size() - 1).mapToObj(String::valueOf).toList(),
                browser.findAll("#roster tbody tr").stream().filter(tr -> tr.getText().contains("On the waiting list"))
                        .map(tr -> tr.findElements(org.openqa.selenium.By.tagName("td")).get(4).getText()).toList(),
                "the first waiting is offered the place; the others move up");

        // Booking a named list: a line nobody has is reported with its address, and nobody is booked.
        int rows = browser.findAll("#roster tbody tr").size();
        browser.type("bulkForm:people", "nobody@example.org");
        browser.submit("bulkForm:book");
        assertEquals(List.of("nobody@example.org: Nobody in Learning Network has this work e-mail address."), browser.errors());
        assertEquals("#bulkForm:people", browser.find(".error-summary a").getAttribute("hash"));
        assertEquals(rows, browser.findAll("#roster tbody tr").size());
        browser.assertAccessible("roster-bulk-booking-error");

        browser.get("/coordinator/roster.xhtml?session=abc");
        assertEquals("Page not found", browser.h1());

        // The cancelled booking's page again (the link kept, or the back button): it says so, with nothing to send.
        browser.get(cancelPage.substring(cancelPage.indexOf("/coordinator/")));
        assertTrue(browser.text("#notCancellable").contains("no longer counts"), browser.text("main"));
        assertTrue(browser.findAll("#cancelForm").isEmpty());
        for (String bad : new String[] {"abc", "-1", "99999999999"}) {
            browser.get("/coordinator/cancel-place.xhtml?booking=" + bad);
            assertEquals("Page not found", browser.h1(), bad);
        }
    }

    @Test
    void aLearnerOfferedAPlaceFromTheWaitingListAcceptsItOnMyLearning() {
        // A course of the test's own with one place: someone else has it, the learner waits.
        String title = "Working with MAPPA " + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/coordinator/course.xhtml");
        browser.type("courseForm:title", title);
        browser.type("courseForm:summary", "Managing the risk of serious harm with the responsible authorities.");
        new org.openqa.selenium.support.ui.Select(browser.byId("courseForm:deliveryMode")).selectByVisibleText("In person");
        browser.type("courseForm:durationMinutes", "180");
        browser.type("courseForm:cpdHours", "3");
        browser.type("courseForm:provider", "Forth Valley MAPPA unit");
        browser.driver().findElement(org.openqa.selenium.By.xpath("//label[normalize-space()='Justice']")).click();
        browser.find("label[for^='courseForm:groups_JSW']").click();
        browser.submit("courseForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        browser.find("#addSession").click();
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(5);
        browser.setValue("sessionForm:startsAt", day.toString());
        browser.setValue("sessionForm:startsAtTime", "10:00");
        browser.setValue("sessionForm:endsAtTime", "13:00");
        browser.type("sessionForm:capacity", "1");
        browser.setValue("sessionForm:bookingOpensAt", day.minusWeeks(6).toString());
        browser.setValue("sessionForm:bookingClosesAt", day.minusDays(2).toString());
        new org.openqa.selenium.support.ui.Select(browser.byId("sessionForm:status")).selectByVisibleText("Open for booking");
        browser.submit("sessionForm:save");
        assertTrue(browser.text(".notice").contains("Saved."), browser.text("main"));
        browser.submit("rosterLink");
        browser.type("bulkForm:people", "alison.reid@demo.learning-network.scot\nlearner@demo.learning-network.scot");
        browser.submit("bulkForm:book");
        assertEquals(List.of(), browser.errors());
        assertTrue(browser.text(".notice").contains("2 booked"), browser.text("main"));

        // Her place is cancelled: it is offered to the learner, the first waiting.
        WebElement confirmed = browser.findAll("#roster tbody tr").get(indexOfRowWith("Confirmed"));
        browser.submit(confirmed.findElement(org.openqa.selenium.By.cssSelector("a[id^='cancel-']")));
        browser.type("cancelForm:reason", "Called to court");
        browser.submit("cancelForm:confirm");
        assertTrue(browser.text("#roster").contains("Offered a place"), browser.text("#roster"));

        // On My learning the offer says until when, with its answers; accepting confirms the place.
        browser.signOut();
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        WebElement offer = rowOf(title);
        assertTrue(offer.getText().contains("Offered a place from the waiting list"), offer.getText());
        assertTrue(offer.getText().contains("A place is offered to you until"), offer.getText());
        assertEquals(2, offer.findElements(org.openqa.selenium.By.cssSelector("input[id$=':accept'], input[id$=':refuse']")).size(),
                offer.getText());
        browser.assertAccessible("my-learning-offer");
        browser.assertFitsPhone("my-learning-offer");
        browser.submit(offer.findElement(org.openqa.selenium.By.cssSelector("input[id$=':accept']")));
        assertTrue(browser.text(".notice").contains("The place is yours"), browser.text("main"));
        assertTrue(rowOf(title).getText().contains("Confirmed"), rowOf(title).getText());
        assertTrue(rowOf(title).findElements(org.openqa.selenium.By.cssSelector("input[id$=':accept']")).isEmpty());
    }

    /** A JSON object from the public API, read in the browser. */
    private jakarta.json.JsonObject api(String path) {
        browser.get("/api/" + path);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(
                browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText()))) {
            return reader.readObject();
        }
    }

    private int indexOfRowWith(String status) {
        List<WebElement> rows = browser.findAll("#roster tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElements(org.openqa.selenium.By.tagName("td")).get(2).getText().equals(status)) {
                return i;
            }
        }
        throw new AssertionError("No " + status + " booking in " + browser.text("#roster"));
    }

    /**
     * The learner's booking of the course: the one not cancelled, if there is one (other tests may have left cancelled
     * bookings of the same course, on other sessions), else the first.
     */
    private WebElement rowOf(String course) {
        List<WebElement> rows = browser.findAll("#myBookings tbody tr").stream().filter(tr -> tr.getText().contains(course)).toList();
        return rows.stream().filter(tr -> !tr.getText().contains("Cancelled")).findFirst().or(() -> rows.stream().findFirst())
                .orElseThrow(() -> new AssertionError("No booking for " + course + " in " + browser.text("main")));
    }

    private int indexOfRequestFor(String learner, String course) {
        List<WebElement> requests = browser.findAll(".approval");
        for (int i = 0; i < requests.size(); i++) {
            String text = requests.get(i).getText();
            if (text.contains(learner) && text.contains(course)) {
                return i;
            }
        }
        throw new AssertionError("No request from " + learner + " for " + course + " in " + browser.text("main"));
    }
}
