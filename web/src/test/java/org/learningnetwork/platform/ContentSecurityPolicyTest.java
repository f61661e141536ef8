package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final String NONCE = "ZjM3YzY0ZjgtYTU1Ny00ZjUwLWI3ZTMtNDcxMmQ3ZDIzYzM0";

    private static String scripts(String policy) {
        return policy.replaceAll(".*script-src ([^;]*);.*", "$1");
    }

    @Test
    void withoutANonceNoInlineScriptRuns() {
        String policy = ContentSecurityPolicy.of(Optional.empty());
        assertEquals("'self'", scripts(policy));
        assertTrue(policy.contains("frame-ancestors 'none'"));
        assertTrue(policy.contains("object-src 'none'"));
        assertTrue(policy.contains("base-uri 'self'"));
        assertTrue(policy.contains("form-action 'self'"));
    }

    @Test
    void aPagesNonceIsTheOnlyWayForAnInlineScript() {
        String policy = ContentSecurityPolicy.of(Optional.of(NONCE));
        assertEquals("'self' 'nonce-" + NONCE + "'", scripts(policy));
        assertFalse(policy.contains("unsafe-eval"));
    }

    @Test
    void aHeaderWrittenByPrimeFacesBecomesThePolicyWithItsNonce() {
        assertEquals(ContentSecurityPolicy.of(Optional.of(NONCE)),
                ContentSecurityPolicy.forHeader("script-src 'self' 'nonce-" + NONCE + "';"));
        assertEquals(ContentSecurityPolicy.of(Optional.of(NONCE)),
                ContentSecurityPolicy.forHeader(ContentSecurityPolicy.of(Optional.of(NONCE))), "the same when set twice");
    }

    @Test
    void aHeaderWithoutAUsableNonceAllowsNoInlineScript() {
        assertEquals(ContentSecurityPolicy.of(Optional.empty()), ContentSecurityPolicy.forHeader(null));
        assertEquals(ContentSecurityPolicy.of(Optional.empty()), ContentSecurityPolicy.forHeader("script-src 'self' 'unsafe-inline'"));
        assertEquals(ContentSecurityPolicy.of(Optional.empty()), ContentSecurityPolicy.forHeader("script-src 'nonce-short'"));
        assertEquals(ContentSecurityPolicy.of(Optional.empty()), ContentSecurityPolicy.forHeader("script-src 'nonce-a b c d e f g h i j k'"));
    }
}
