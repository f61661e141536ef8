package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
/**
 * An administrator gives a person an account by invitation; the person sets their password by the e-mailed link,
 * signs in with their work e-mail, changes the password (their other sessions end); a forgotten password is asked for
 * without learning whether an account exists; a disabled account cannot sign in, and an account disabled, given other
 * roles or signed out everywhere by the administrator ends its holder's open sessions.
 */
class AccountAdminIT extends BrowserIT {

    private static final String CHOSEN = "Kestrel-orbit-parsnip-42";

    private String linkIn(WebElement mail) {
        mail.findElement(By.tagName("summary")).click();
        return mail.findElements(By.cssSelector(".mail__text a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/set-password.xhtml?token=")).findFirst()
                .orElseThrow(() -> new AssertionError("No link in " + mail.getText()));
    }

    private String newPerson(String tag) {
        String email = "morag." + tag + "@example.org";
        newPerson("Morag", "Account" + tag, email);
        return email;
    }

    /** A new person invited as a line manager by the administrator; signed out after. Returns their work e-mail. */
    private String invited(String tag) {
        browser.signIn("admin", DEMO_PASSWORD);
        String email = newPerson(tag);
        browser.find("#accountLink").click();
        chooseManager();
        browser.submit("accountForm:invite");
        assertEquals("Invited, no password yet", browser.text("#status"));
        browser.signOut();
        return email;
    }

    private void chooseManager() {
        browser.findAll("input[name='accountForm:roles']").stream().filter(b -> b.getAttribute("value").equals("MANAGER"))
                .findFirst().orElseThrow().click();
    }

    /** The link of the newest invitation or reset mail to the address, read in the demo inbox. */
    private String passwordLink(String email, String subject) throws InterruptedException {
        browser.signIn("coordinator", DEMO_PASSWORD);
        String link = linkIn(mailTo(email, subject));
        browser.signOut();
        return link;
    }

    private void choosePassword(String link, String password) {
        browser.driver().get(link);
        browser.type("passwordForm:password", password);
        browser.type("passwordForm:confirmation", password);
        browser.submit("passwordForm:save");
    }

    @Test
    void anAdministratorInvitesAPersonWithRolesThatFitTogether() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", DEMO_PASSWORD);
        String email = newPerson(tag);
        browser.find("#accountLink").click();
        assertEquals("Give an account", browser.h1());
        assertEquals(email, browser.byId("accountForm:username").getAttribute("value"));
        browser.assertAccessible("account-new");
        browser.assertFitsPhone("account-new");
        chooseManager();
        browser.findAll("input[name='accountForm:committees']").get(0).click();
        browser.submit("accountForm:invite");
        assertEquals(List.of("Committees are for committee viewers: choose the committee viewer's role too, or no committee."), browser.errors());
        assertEquals("#accountForm:committees", browser.find(".error-summary a").getAttribute("hash").replace("%3A", ":"));
        browser.findAll("input[name='accountForm:committees']").get(0).click();
        browser.submit("accountForm:invite");
        assertTrue(browser.text(".notice").contains("The invitation is on its way to " + email), browser.text("main"));
        assertEquals("Invited, no password yet", browser.text("#status"));
        assertEquals("Never", browser.text("#lastSignIn"));
        browser.assertAccessible("account");

        browser.get("/admin/accounts.xhtml?q=account" + tag);
        List<WebElement> rows = browser.findAll("#accountsForm\\:accounts tbody tr");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("Learner, Line manager") || rows.get(0).getText().contains("Line manager, Learner"),
                rows.get(0).getText());
        browser.assertAccessible("accounts");
        browser.assertFitsPhone("accounts");
    }

    @Test
    void theInvitationLinkSetsAPasswordOnceThatIsNeitherCommonNorMistyped() throws Exception {
        String email = invited(UUID.randomUUID().toString().substring(0, 8));
        String link = passwordLink(email, "Your Learning Network account");

        browser.driver().get(link);
        assertEquals("Choose your password", browser.h1());
        browser.assertAccessible("set-password");
        browser.assertFitsPhone("set-password");
        browser.type("passwordForm:password", "Password1234!");
        browser.type("passwordForm:confirmation", "Password1234!");
        browser.submit("passwordForm:save");
        assertTrue(browser.errors().get(0).startsWith("This password is on lists of common or breached passwords"), browser.errors().toString());
        assertEquals("#passwordForm:password", browser.find(".error-summary a").getAttribute("hash").replace("%3A", ":"));
        browser.assertAccessible("set-password-refused");
        browser.type("passwordForm:password", CHOSEN);
        browser.type("passwordForm:confirmation", CHOSEN + "x");
        browser.submit("passwordForm:save");
        assertEquals(List.of("The two passwords are not the same. Type the new password twice."), browser.errors());
        browser.type("passwordForm:password", CHOSEN);
        browser.type("passwordForm:confirmation", CHOSEN);
        browser.submit("passwordForm:save");
        assertEquals("Sign in to Learning Network", browser.h1());
        assertTrue(browser.text(".notice").contains("Your password is set"), browser.text("main"));

        browser.signIn(email.toUpperCase(), CHOSEN);
        assertTrue(browser.h1().startsWith("Welcome"), browser.h1());
        browser.signOut();

        browser.driver().get(link);
        assertEquals("This link does not work", browser.h1());
        assertTrue(browser.text("#linkProblemText").contains("already been used"), browser.text("main"));
        browser.assertAccessible("set-password-used");
    }

    @Test
    void aSignedInPersonChangesTheirPasswordGivingTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = invited(tag);
        choosePassword(passwordLink(email, "Your Learning Network account"), CHOSEN);
        browser.signIn(email, CHOSEN);
        Set<Cookie> elsewhere = putAside();
        browser.signIn(email, CHOSEN);
        browser.find("#changePassword").click();
        assertEquals("Change your password", browser.h1());
        browser.assertAccessible("change-password");
        browser.type("passwordForm:current", "not-my-password");
        browser.type("passwordForm:password", "Another-kestrel-orbit-77");
        browser.type("passwordForm:confirmation", "Another-kestrel-orbit-77");
        browser.submit("passwordForm:save");
        assertEquals(List.of("Your current password is not right."), browser.errors());
        browser.type("passwordForm:current", CHOSEN);
        browser.type("passwordForm:password", "Another-kestrel-orbit-77");
        browser.type("passwordForm:confirmation", "Another-kestrel-orbit-77");
        browser.submit("passwordForm:save");
        assertTrue(browser.text(".notice").contains("Your password is changed"), browser.text("main"));
        browser.get("/my/index.xhtml");
        assertTrue(browser.h1().startsWith("Welcome"), "the session it was changed in goes on: " + browser.h1());
        Set<Cookie> changedIn = putAside();

        bringBack(elsewhere);
        browser.get("/my/index.xhtml");
        assertSignedOutBecauseChanged();
        browser.signIn(email, CHOSEN);
        assertEquals("Sign in to Learning Network", browser.h1(), "the old password no longer works");
        browser.signIn(email, "Another-kestrel-orbit-77");
        assertTrue(browser.h1().startsWith("Welcome"), browser.h1());
        Set<Cookie> again = putAside();

        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/admin/accounts.xhtml?q=account" + tag);
        browser.find("#accountsForm\\:accounts tbody a").click();
        browser.submit("accountForm:endSessions");
        assertTrue(browser.text(".notice").contains("Every session of this account signed in until now ends"), browser.text("main"));
        assertTrue(browser.text("#sessionsEnded").length() > 0, browser.text("main"));
        putAside();

        bringBack(changedIn);
        browser.get("/my/index.xhtml");
        assertSignedOutBecauseChanged();
        bringBack(again);
        browser.get("/my/index.xhtml");
        assertSignedOutBecauseChanged();
        browser.signIn(email, "Another-kestrel-orbit-77");
        assertTrue(browser.h1().startsWith("Welcome"), "signing in again works as before: " + browser.h1());
    }

    @Test
    void aDisabledAccountCannotSignInAndAnEnabledOneCanAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = invited(tag);
        choosePassword(passwordLink(email, "Your Learning Network account"), CHOSEN);
        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/admin/accounts.xhtml?q=account" + tag);
        browser.find("#accountsForm\\:accounts tbody a").click();
        browser.submit("accountForm:deactivate");
        assertEquals("Disabled", browser.text("#status"));
        browser.signOut();
        browser.signIn(email, CHOSEN);
        assertEquals("Sign in to Learning Network", browser.h1());
        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/admin/accounts.xhtml?includeInactive=true&q=account" + tag);
        browser.find("#accountsForm\\:accounts tbody a").click();
        browser.submit("accountForm:reactivate");
        assertEquals("Active", browser.text("#status"));
        browser.signOut();
        browser.signIn(email, CHOSEN);
        assertTrue(browser.h1().startsWith("Welcome"), browser.h1());
    }

    /** The browser's cookies for this application, kept so that another user can sign in and this one come back. */
    private Set<Cookie> putAside() {
        Set<Cookie> cookies = browser.driver().manage().getCookies();
        browser.driver().manage().deleteAllCookies();
        return cookies;
    }

    private void bringBack(Set<Cookie> cookies) {
        browser.driver().manage().deleteAllCookies();
        cookies.forEach(browser.driver().manage()::addCookie);
    }

    private void assertSignedOutBecauseChanged() {
        assertEquals("Sign in to Learning Network", browser.h1());
        assertTrue(browser.text(".notice").contains("You have been signed out because your account was changed"), browser.text("main"));
    }

    @Test
    void takingARoleOrDisablingTheAccountEndsItsHoldersOpenSession() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = invited(tag);
        choosePassword(passwordLink(email, "Your Learning Network account"), CHOSEN);
        browser.signIn(email, CHOSEN);
        browser.get("/my/team.xhtml");
        assertEquals("My team's bookings", browser.h1());
        Set<Cookie> holder = putAside();

        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/admin/accounts.xhtml?q=account" + tag);
        browser.find("#accountsForm\\:accounts tbody a").click();
        chooseManager();
        browser.submit("accountForm:saveRoles");
        assertTrue(browser.text(".notice").length() > 0, browser.text("main"));
        String account = browser.url();
        Set<Cookie> admin = putAside();

        bringBack(holder);
        browser.get("/my/team.xhtml");
        assertSignedOutBecauseChanged();
        browser.assertAccessible("sign-in-account-changed");
        browser.type("signInForm:username", email);
        browser.type("signInForm:password", CHOSEN);
        browser.submit("signInForm:submit");
        assertEquals("You do not have access to this page", browser.h1(), "signed in again as a learner only");
        browser.get("/my/index.xhtml");
        assertTrue(browser.h1().startsWith("Welcome"), browser.h1());
        Set<Cookie> page = putAside();
        browser.signIn(email, CHOSEN);
        String apiSession = sessionOf(putAside());
        assertEquals(200, api(base.toString(), apiSession, "GET", "my/bookings", null).statusCode());

        bringBack(admin);
        browser.driver().get(account);
        browser.submit("accountForm:deactivate");
        assertEquals("Disabled", browser.text("#status"));
        putAside();

        HttpResponse<String> api = api(base.toString(), apiSession, "GET", "my/bookings", null);
        assertEquals(401, api.statusCode(), "an API call in a session of the disabled account: " + api.body());
        HttpResponse<String> partial = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "my/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + sessionOf(page)).header("Faces-Request", "partial/ajax")
                .header("Origin", base.getProtocol() + "://" + base.getAuthority())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().contains("<redirect url=\"/learning/sign-in.xhtml?signedOut=changed&amp;continue=%2Fmy%2Findex.xhtml\">"),
                "a page's part sent by script is told to go to sign in: " + partial.body());
        bringBack(page);
        browser.get("/my/index.xhtml");
        assertEquals("Sign in to Learning Network", browser.h1(), "the page's session ended with its part");
    }

    private static String sessionOf(Set<Cookie> cookies) {
        return cookies.stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
    }

    @Test
    void aForgottenPasswordIsAskedForWithoutLearningWhetherTheAccountExists() {
        browser.get("/sign-in.xhtml");
        browser.find("#forgotten").click();
        assertEquals("Forgotten your password?", browser.h1());
        browser.assertAccessible("forgotten-password");
        browser.assertFitsPhone("forgotten-password");
        browser.type("resetForm:username", "nobody-" + UUID.randomUUID() + "@example.org");
        browser.submit("resetForm:send");
        String unknown = browser.text(".notice");
        browser.find("#forgotten").click();
        browser.type("resetForm:username", "learner");
        browser.submit("resetForm:send");
        assertEquals(unknown, browser.text(".notice"));
        assertTrue(unknown.startsWith("If there is an account with that username or e-mail address"), unknown);
    }

    @Test
    void onlyAnAdministratorReachesTheAccounts() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/admin/accounts.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
        browser.get("/set-password.xhtml?token=made-up");
        assertEquals("This link does not work", browser.h1());
        assertTrue(browser.text("#linkProblemText").contains("not a link we sent"), browser.text("main"));
    }
}
