package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SameSiteCookiesTest {

    @Test
    void theSessionCookieGetsLaxUnlessItHasASameSite() {
        assertEquals("JSESSIONID=abc; Path=/learning; HttpOnly; SameSite=Lax",
                SameSiteCookies.withSameSite("JSESSIONID=abc; Path=/learning; HttpOnly", "JSESSIONID"));
        assertEquals("JSESSIONID=abc; Path=/learning; SameSite=Strict",
                SameSiteCookies.withSameSite("JSESSIONID=abc; Path=/learning; SameSite=Strict", "JSESSIONID"));
        assertEquals("JSESSIONID=abc; samesite=none; Secure", SameSiteCookies.withSameSite("JSESSIONID=abc; samesite=none; Secure", "JSESSIONID"));
    }

    @Test
    void otherCookiesAreLeftAlone() {
        assertEquals("other=1; Path=/", SameSiteCookies.withSameSite("other=1; Path=/", "JSESSIONID"));
        assertEquals("JSESSIONIDX=1", SameSiteCookies.withSameSite("JSESSIONIDX=1", "JSESSIONID"));
        assertEquals(null, SameSiteCookies.withSameSite(null, "JSESSIONID"));
    }
}
