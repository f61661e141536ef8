package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with the council's directory, a real LDAP server started here (UnboundID, in memory, where the test server's
 * {@code learningnetwork.ldap.url} points): someone with an account signs in with their directory password and has
 * the account's roles, then signs out; someone the directory knows but Learning Network does not is told so; a wrong
 * directory password fails; the administrator's own password still works while the directory is up.
 */
class DirectorySignInIT extends BrowserIT {

    private static final String BASE = "dc=council,dc=example";

    private static InMemoryDirectoryServer directory(String tag, String email) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 10389, null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: council");
        server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: uid=kirsty" + tag + ",ou=people," + BASE, "objectClass: person", "objectClass: inetOrgPerson",
                "uid: kirsty" + tag, "cn: Kirsty Directory", "sn: Directory", "mail: " + email, "userPassword: Heather-moor-lantern-7");
        server.add("dn: uid=stranger" + tag + ",ou=people," + BASE, "objectClass: person", "objectClass: inetOrgPerson",
                "uid: stranger" + tag, "cn: A Stranger", "sn: Stranger", "mail: stranger" + tag + "@elsewhere.example",
                "userPassword: Heather-moor-lantern-7");
        server.startListening();
        return server;
    }

    @Test
    void aPersonSignsInWithTheirDirectoryPasswordAndTheAccountsRoles() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "kirsty." + tag + "@example.org";
        browser.signIn("admin", DEMO_PASSWORD);
        personWithManagerAccount("Kirsty", "Directory" + tag, email);
        browser.signOut();

        InMemoryDirectoryServer server = directory(tag, email);
        try {
            browser.signIn("kirsty" + tag, "Heather-moor-lantern-7");
            assertTrue(browser.text(".site-header__name").contains("Kirsty Directory" + tag), "signed in to the account: " + browser.text("header"));
            browser.get("/my/team.xhtml");
            assertEquals(200, status(), "the account's manager role");
            browser.get("/admin/accounts.xhtml");
            assertEquals(403, status(), "and no other");
            browser.signOut();
            browser.get("/my/index.xhtml");
            assertTrue(browser.url().contains("/sign-in.xhtml"), "signed out");

            browser.signIn("kirsty" + tag, "not-the-password");
            assertEquals(List.of("Sign-in failed. Check your username and password and try again."), browser.errors());

            browser.signIn("stranger" + tag, "Heather-moor-lantern-7");
            assertEquals(List.of("Your council sign-in worked, but Learning Network has no account for you yet."
                    + " Ask your Learning Network administrator to give you one."), browser.errors());
            browser.assertAccessible("sign-in-unknown");

            browser.signIn("admin", DEMO_PASSWORD);
            assertTrue(browser.text(".site-header__name").contains("Lewis Paterson"), "the application's own password still signs in");
            browser.signOut();
        } finally {
            server.shutDown(true);
        }
    }

    private int status() {
        return browser.findAll("h1").stream().anyMatch(h -> h.getText().equals("You do not have access to this page")) ? 403 : 200;
    }
}
