package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeRedirectTest {

    @Test
    void pathsInsideTheApplicationAreKept() {
        assertEquals(Optional.of("/people/person.xhtml?id=3"), SafeRedirect.localPath("/people/person.xhtml?id=3"));
        assertEquals(Optional.of("/my/index.xhtml"), SafeRedirect.localPath("/my/index.xhtml"));
    }

    @Test
    void otherSitesAndOddAddressesAreRefused() {
        for (String bad : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "evil.example/x", "javascript:alert(1)", "/sign-in.xhtml?continue=/x", "/a b"}) {
            assertTrue(SafeRedirect.localPath(bad).isEmpty(), bad);
        }
    }
}
