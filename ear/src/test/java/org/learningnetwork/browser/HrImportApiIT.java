package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The HR import's API, as an HR system sends its export: CSV in, a dry run, its lines and report, then applied;
 * administrators only; anything but CSV refused.
 */
class HrImportApiIT extends BrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private String signedIn(String username) {
        browser.signIn(username, DEMO_PASSWORD);
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<String> csv(String cookie, String csv, String contentType) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/hr-imports?fileName=api.csv"))
                .header("Cookie", "JSESSIONID=" + cookie).header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The import once it is no longer being checked or applied (up to a minute). */
    private JsonObject settled(String cookie, long id) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            JsonObject hrImport = jsonObject(api(base.toExternalForm(), cookie, "GET", "hr-imports/" + id, null));
            String status = hrImport.getString("status");
            if (!status.equals("CHECKING") && !status.equals("APPLYING")) {
                return hrImport;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Still " + status);
            }
            Thread.sleep(300);
        }
    }

    @Test
    void anHrSystemSendsItsExportChecksItAndAppliesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String learner = signedIn("learner");
        String file = "Employee number,Given name,Family name,Work e-mail,Organisation\n"
                + "A" + tag + ",Ailsa,Api" + tag + ",ailsa." + tag + "@example.org,NHS Tayside\n"
                + "A" + tag + ",Rab,Api" + tag + ",rab." + tag + "@example.org,NHS Tayside\n";
        assertEquals(403, csv(learner, file, "text/csv").statusCode());
        browser.signOut();

        String admin = signedIn("admin");
        assertEquals(415, csv(admin, file, "text/plain").statusCode(), "only CSV (or JSON) is taken");
        HttpResponse<String> taken = csv(admin, file, "text/csv; charset=utf-8");
        assertEquals(202, taken.statusCode(), taken.body());
        long id = jsonObject(taken).getJsonNumber("id").longValue();
        JsonObject checked = settled(admin, id);
        assertEquals("CHECKED", checked.getString("status"));
        assertEquals(2, checked.getInt("errors"));
        JsonObject lines = jsonObject(api(base.toExternalForm(), admin, "GET", "hr-imports/" + id + "/lines?outcome=ERROR", null));
        assertEquals(2, lines.getInt("total"));
        assertEquals("hr.row.duplicateNumber|3", lines.getJsonArray("items").getJsonObject(0).getJsonArray("detail").getString(0));
        HttpResponse<String> report = HTTP.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/hr-imports/" + id
                + "/report.csv?outcome=ERROR")).header("Cookie", "JSESSIONID=" + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("The employee number is on line 3 too."), report.body());
        assertEquals(400, api(base.toExternalForm(), admin, "GET", "hr-imports/" + id + "/lines?outcome=MAYBE", null).statusCode());
        assertEquals(404, api(base.toExternalForm(), admin, "GET", "hr-imports/999999999", null).statusCode());

        HttpResponse<String> fixed = csv(admin, file.replace("A" + tag + ",Rab", "B" + tag + ",Rab"), "text/csv");
        long second = jsonObject(fixed).getJsonNumber("id").longValue();
        assertEquals("CHECKED", settled(admin, second).getString("status"));
        HttpResponse<String> apply = api(base.toExternalForm(), admin, "POST", "hr-imports/" + second + "/apply", "{}");
        assertEquals(202, apply.statusCode(), apply.body());
        JsonObject applied = settled(admin, second);
        assertEquals("APPLIED", applied.getString("status"));
        assertEquals(2, applied.getInt("created"));
        HttpResponse<String> again = api(base.toExternalForm(), admin, "POST", "hr-imports/" + second + "/apply", "{}");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("hr.apply.notChecked"), again.body());
        browser.signOut();
    }
}
