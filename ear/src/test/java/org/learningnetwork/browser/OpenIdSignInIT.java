package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on with the council's OpenID Connect provider, a real one started here (mock-oauth2-server, where the
 * test server's {@code learningnetwork.oidc.provider-uri} points): someone with an account signs in through the
 * provider and has the account's roles, then signs out; someone the provider knows but Learning Network does not is
 * told so on the sign-in page; the form still signs in with a password.
 */
class OpenIdSignInIT extends BrowserIT {

    private static final String ISSUER = "council";

    private static void nextSignIn(MockOAuth2Server provider, String subject, String email) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("learning-network"),
                Map.of("email", email, "groups", List.of("staff")), 3600));
    }

    @Test
    void aPersonSignsInThroughTheProviderWithTheirAccountsRoles() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "euan." + tag + "@example.org";
        browser.signIn("admin", DEMO_PASSWORD);
        personWithManagerAccount("Euan", "Provider" + tag, email);
        browser.signOut();

        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("localhost"), 10390);
        try {
            nextSignIn(provider, "euan-" + tag, email);
            browser.get("/sign-in.xhtml");
            browser.assertAccessible("sign-in-with-single-sign-on");
            browser.find("#singleSignOn").click();
            assertTrue(browser.url().endsWith("/my/index.xhtml"), browser.url() + "\n" + browser.text("body"));
            assertTrue(browser.text(".site-header__name").contains("Euan Provider" + tag), "signed in to the account: " + browser.text("header"));
            browser.get("/my/team.xhtml");
            assertTrue(browser.findAll("h1").stream().noneMatch(h -> h.getText().equals("You do not have access to this page")),
                    "the account's manager role");
            browser.signOut();
            browser.get("/my/index.xhtml");
            assertTrue(browser.url().contains("/sign-in.xhtml"), "signed out");

            nextSignIn(provider, "stranger-" + tag, "stranger." + tag + "@elsewhere.example");
            browser.find("#singleSignOn").click();
            assertTrue(browser.url().contains("/sign-in.xhtml?sso=unknown"), browser.url());
            assertEquals(List.of("Your council sign-in worked, but Learning Network has no account for you yet."
                    + " Ask your Learning Network administrator to give you one."), browser.errors());
            browser.assertAccessible("sign-in-unknown-to-learning-network");

            browser.signIn("admin", DEMO_PASSWORD);
            assertTrue(browser.text(".site-header__name").contains("Lewis Paterson"), "the form still signs in");
            browser.signOut();
        } finally {
            provider.shutdown();
        }
    }
}
