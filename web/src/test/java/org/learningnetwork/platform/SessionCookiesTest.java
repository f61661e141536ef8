package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    @Test
    void secureFollowsTheAddressUnlessTheSettingSays() {
        assertTrue(SessionCookies.secure(null, "https://learning.example.gov.uk/learning"));
        assertTrue(SessionCookies.secure(null, "HTTPS://learning.example.gov.uk/learning"));
        assertFalse(SessionCookies.secure(null, "http://localhost:8080/learning"));
        assertTrue(SessionCookies.secure(true, "http://intranet/learning"), "TLS ended before a proxy that forwards http");
        assertFalse(SessionCookies.secure(false, "https://learning.example.gov.uk/learning"));
    }
}
