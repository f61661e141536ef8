package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The accounts API, as an intranet's administration tool calls it: administrators only, problems on their fields. */
class AccountApiIT extends BrowserIT {

    private String signedIn(String username) {
        browser.signIn(username, DEMO_PASSWORD);
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** A new person, added on the People screen by the signed-in administrator; their id. */
    private long newPerson(String tag) {
        browser.get("/people/person.xhtml");
        browser.type("personForm:givenName", "Eilidh");
        browser.type("personForm:familyName", "Api" + tag);
        browser.type("personForm:workEmail", "eilidh." + tag + "@example.org");
        new Select(browser.byId("personForm:organisation")).selectByVisibleText("NHS Tayside");
        browser.submit("personForm:save");
        browser.get("/people/people.xhtml?q=api" + tag);
        String href = browser.find("#peopleForm\\:people tbody a").getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3));
    }

    @Test
    void anAdministratorGivesAnAccountAndChangesItThroughTheApi() throws Exception {
        String instance = base.toExternalForm();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = signedIn("admin");
        long person = newPerson(tag);

        HttpResponse<String> refused = api(instance, admin, "POST", "accounts", "{\"personId\":" + person + ",\"roles\":[\"LEARNER\"],"
                + "\"committees\":[\"CHILD_PROTECTION_COMMITTEE\"]}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("committees") && refused.body().contains("account.committees.withoutRole"), refused.body());
        assertEquals(400, api(instance, admin, "POST", "accounts", "{\"personId\":" + person + ",\"roles\":[\"KING\"]}").statusCode());
        assertEquals(400, api(instance, admin, "POST", "accounts", "{\"personId\":" + person + ",\"roles\":[\"LEARNER\"],\"password\":\"x\"}")
                .statusCode(), "no field the API does not know");

        HttpResponse<String> created = api(instance, admin, "POST", "accounts", "{\"personId\":" + person + ",\"roles\":[\"LEARNER\",\"MANAGER\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = jsonObject(created);
        assertEquals("eilidh." + tag + "@example.org", account.getString("username"));
        assertEquals("INVITED", account.getString("status"));
        assertEquals("[\"LEARNER\",\"MANAGER\"]", account.getJsonArray("roles").toString());
        long id = account.getJsonNumber("id").longValue();

        JsonObject changed = jsonObject(api(instance, admin, "PUT", "accounts/" + id + "/roles",
                "{\"roles\":[\"COMMITTEE\"],\"committees\":[\"CHILD_PROTECTION_COMMITTEE\"]}"));
        assertEquals("[\"COMMITTEE\"]", changed.getJsonArray("roles").toString());
        assertEquals("[\"CHILD_PROTECTION_COMMITTEE\"]", changed.getJsonArray("committees").toString());
        HttpResponse<String> unknown = api(instance, admin, "PUT", "accounts/" + id + "/roles",
                "{\"roles\":[\"COORDINATOR\"],\"committees\":[],\"partnerships\":[999999999]}");
        assertEquals(409, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("account.partnerships.unknown"), unknown.body());
        JsonObject coordinating = jsonObject(api(instance, admin, "PUT", "accounts/" + id + "/roles",
                "{\"roles\":[\"COORDINATOR\"],\"partnerships\":[]}"));
        assertEquals("[]", coordinating.getJsonArray("partnerships").toString(), "a coordinator working for every partnership");
        assertEquals("DISABLED", jsonObject(api(instance, admin, "POST", "accounts/" + id + "/disable", "{}")).getString("status"));
        assertEquals("INVITED", jsonObject(api(instance, admin, "POST", "accounts/" + id + "/enable", "{}")).getString("status"));
        assertEquals(200, api(instance, admin, "POST", "accounts/" + id + "/invitation", "{}").statusCode());
        JsonObject signedOut = jsonObject(api(instance, admin, "POST", "accounts/" + id + "/sign-out", "{}"));
        assertTrue(!signedOut.isNull("sessionsEndedAt"), "when its sessions were ended: " + signedOut);
        assertEquals(404, api(instance, admin, "POST", "accounts/999999999/sign-out", "{}").statusCode());

        JsonObject listed = jsonObject(api(instance, admin, "GET", "accounts?q=api" + tag, null));
        assertEquals(1, listed.getInt("total"));
        assertEquals(id, listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(404, api(instance, admin, "GET", "accounts/999999999", null).statusCode());
        assertEquals(400, api(instance, admin, "GET", "accounts?role=KING", null).statusCode());
    }

    @Test
    void onlyAdministratorsReachTheAccounts() throws Exception {
        String instance = base.toExternalForm();
        assertEquals(401, api(instance, null, "GET", "accounts", null).statusCode());
        String coordinator = signedIn("coordinator");
        assertEquals(403, api(instance, coordinator, "GET", "accounts", null).statusCode());
        assertEquals(403, api(instance, coordinator, "POST", "accounts/1/unlock", "{}").statusCode());
        assertEquals(403, api(instance, coordinator, "POST", "accounts/1/sign-out", "{}").statusCode());
    }
}
