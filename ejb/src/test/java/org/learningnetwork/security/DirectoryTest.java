package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningnetwork.access.Role;

/** Sign-in against a real LDAP server (UnboundID's, in memory): found by username or e-mail, password by bind, groups. */
class DirectoryTest {

    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=council,dc=example");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.addAdditionalBindCredentials("cn=reader,dc=council,dc=example", "reader-secret");
        // Active Directory's memberOf, which the standard schema lacks.
        config.setSchema(null);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=council,dc=example", "objectClass: domain", "dc: council");
        server.add("dn: ou=people,dc=council,dc=example", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups,dc=council,dc=example", "objectClass: organizationalUnit", "ou: groups");
        server.add("dn: uid=jsmith,ou=people,dc=council,dc=example", "objectClass: person", "objectClass: inetOrgPerson", "uid: jsmith", "cn: Jo Smith",
                "sn: Smith", "mail: Jo.Smith@council.example", "userPassword: Directory-pass-1",
                "memberOf: cn=LN Admins,ou=groups,dc=council,dc=example");
        server.add("dn: uid=amacleod,ou=people,dc=council,dc=example", "objectClass: person", "objectClass: inetOrgPerson", "uid: amacleod", "cn: Al MacLeod",
                "sn: MacLeod", "mail: al.macleod@council.example", "userPassword: Directory-pass-2");
        server.add("dn: cn=LN Learning Team,ou=groups,dc=council,dc=example", "objectClass: groupOfNames", "cn: LN Learning Team",
                "member: uid=amacleod,ou=people,dc=council,dc=example");
        server.startListening();
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    private static Directory directory(String... more) {
        Properties settings = new Properties();
        settings.setProperty("learningnetwork.ldap.url", "ldap://127.0.0.1:" + server.getListenPort());
        settings.setProperty("learningnetwork.ldap.base-dn", "ou=people,dc=council,dc=example");
        settings.setProperty("learningnetwork.ldap.group-base-dn", "ou=groups,dc=council,dc=example");
        settings.setProperty("learningnetwork.ldap.bind-dn", "cn=reader,dc=council,dc=example");
        settings.setProperty("learningnetwork.ldap.bind-password", "reader-secret");
        for (int i = 0; i < more.length; i += 2) {
            settings.setProperty("learningnetwork.ldap." + more[i], more[i + 1]);
        }
        return new Directory(settings);
    }

    @Test
    void aPersonSignsInByUsernameOrEmailWithTheirDirectoryPassword() {
        Directory.User user = directory().signIn("jsmith", "Directory-pass-1".toCharArray()).orElseThrow();
        assertEquals("uid=jsmith,ou=people,dc=council,dc=example", user.dn());
        assertEquals("jo.smith@council.example", user.email());
        assertTrue(user.roles().isEmpty(), "no groups mapped: roles are the application's");
        assertEquals(user.dn(), directory().signIn("Jo.Smith@council.example", "Directory-pass-1".toCharArray()).orElseThrow().dn());
        assertFalse(directory().rolesFromGroups());
    }

    @Test
    void aWrongOrEmptyPasswordAnUnknownNameAndAFilterInjectionAreRefused() {
        assertTrue(directory().signIn("jsmith", "wrong".toCharArray()).isEmpty());
        assertTrue(directory().signIn("jsmith", new char[0]).isEmpty(), "an empty password is an anonymous bind: refused first");
        assertTrue(directory().signIn("nobody", "Directory-pass-1".toCharArray()).isEmpty());
        assertTrue(directory().signIn("*", "Directory-pass-1".toCharArray()).isEmpty());
        assertTrue(directory().signIn("jsmith)(uid=*", "Directory-pass-1".toCharArray()).isEmpty());
    }

    @Test
    void rolesComeFromMemberOfAndFromGroupsNamingThePersonByDnOrCn() {
        Directory mapped = directory("role.ADMIN", "cn=ln admins,ou=groups,dc=council,dc=example", "role.COORDINATOR", "LN Learning Team",
                "role.LEARNER", "LN Learning Team");
        assertTrue(mapped.rolesFromGroups());
        assertEquals(Set.of(Role.ADMIN), mapped.signIn("jsmith", "Directory-pass-1".toCharArray()).orElseThrow().roles());
        assertEquals(Set.of(Role.COORDINATOR, Role.LEARNER), mapped.signIn("amacleod", "Directory-pass-2".toCharArray()).orElseThrow().roles());
    }

    @Test
    void anUnreachableDirectorySignsNoOneIn() {
        Properties settings = new Properties();
        settings.setProperty("learningnetwork.ldap.url", "ldap://127.0.0.1:1");
        settings.setProperty("learningnetwork.ldap.timeout-millis", "1000");
        assertTrue(new Directory(settings).signIn("jsmith", "Directory-pass-1".toCharArray()).isEmpty());
    }
}
