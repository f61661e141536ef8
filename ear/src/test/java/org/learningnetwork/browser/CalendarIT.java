package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The public calendar, in its list and month views, on the demo sessions. */
class CalendarIT extends BrowserIT {

    /** The month of the first upcoming demo session, and that session, as the API gives it. */
    private JsonObject firstSession() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/sessions?size=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("items").getJsonObject(0);
    }

    @Test
    void theListViewShowsAMonthsSessionsByDayWithLinksToTheirCourses() throws Exception {
        JsonObject first = firstSession();
        YearMonth month = YearMonth.from(Instant.parse(first.getString("startsAt")).atZone(ZoneId.of("Europe/London")));
        browser.get("/calendar.xhtml?month=" + month);
        assertTrue(browser.text("main").contains(first.getString("courseTitle")), browser.text("main"));
        browser.assertAccessible("calendar-list");

        browser.byId("nextMonth").click();
        assertTrue(browser.url().contains("month=" + month.plusMonths(1)));
        browser.byId("previousMonth").click();
        browser.byId("monthView").click();
        assertTrue(browser.find("#month-grid").getText().contains(first.getString("courseTitle")));
        assertEquals(7, browser.findAll("#month-grid thead th").size());
        browser.assertAccessible("calendar-month");
    }

    /** Filtered to one area of protection: every course listed is of it, and moving month keeps the filter. */
    @Test
    void theCalendarShowsTheSessionsOfOneAreaOfProtection() throws Exception {
        JsonObject first = firstSession();
        YearMonth month = YearMonth.from(Instant.parse(first.getString("startsAt")).atZone(ZoneId.of("Europe/London")));
        browser.get("/calendar.xhtml?month=" + month);
        int all = browser.findAll(".calendar-list li").size();
        new org.openqa.selenium.support.ui.Select(browser.byId("strand")).selectByVisibleText("Violence against women and girls");
        browser.submit("filter");
        assertTrue(browser.url().contains("strand=VAWG") && browser.url().contains("month=" + month), browser.url());
        java.util.Set<String> courses = new java.util.TreeSet<>();
        for (var link : browser.findAll(".calendar-list li a")) {
            courses.add(link.getAttribute("href").replaceAll(".*id=", ""));
        }
        assertTrue(browser.findAll(".calendar-list li").size() < all, "fewer than every session: " + all);
        for (String course : courses) {
            JsonObject detail = jsonObject(api(base.toExternalForm(), null, "GET", "courses/" + course, null));
            assertTrue(detail.getJsonObject("course").getJsonArray("strands").toString().contains("VAWG"), detail.toString());
        }
        browser.assertAccessible("calendar-one-strand");
        browser.byId("nextMonth").click();
        assertTrue(browser.url().contains("strand=VAWG"), "the filter stays: " + browser.url());
    }

    @Test
    void aMalformedMonthIsReportedAndThisMonthShown() {
        browser.get("/calendar.xhtml?month=March");
        assertTrue(browser.text(".error-summary").contains("Enter the month as a year and month, for example 2027-03."));
        assertEquals(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)
                .format(YearMonth.now(ZoneId.of("Europe/London"))), browser.text("#month-title"));
    }
}
