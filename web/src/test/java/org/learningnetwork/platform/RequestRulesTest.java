package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RequestRules.Refusal;

class RequestRulesTest {

    private static final Set<String> OWN = Set.of("https://learning.example.gov.uk", "http://localhost:8080");
    private static final long LARGEST = 2048;

    private static Optional<Refusal> check(String method, boolean api, String origin, String referer, String fetchSite,
                                           String contentType, long length) {
        return RequestRules.check(new RequestRules.Request(method, api, origin, referer, fetchSite, contentType, length, OWN), LARGEST);
    }

    @Test
    void readingIsNeverRefusedForWhereItCameFrom() {
        assertEquals(Optional.empty(), check("GET", false, "http://evil.example", null, "cross-site", null, -1));
        assertEquals(Optional.empty(), check("HEAD", true, "http://evil.example", null, "cross-site", null, -1));
        assertEquals(Optional.empty(), check("options", true, null, null, null, null, -1));
    }

    @Test
    void aChangeFromAnotherSiteIsRefused() {
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, "http://evil.example", null, null, "application/x-www-form-urlencoded", 10));
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", true, "http://evil.example", null, null, "application/json", 10));
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, "null", null, null, null, 10), "the opaque origin of a sandbox");
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, null, null, "cross-site", null, 10));
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("DELETE", true, "https://learning.example.gov.uk.evil.example", null, null, "application/json", 0));
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, "http://localhost:8081", null, null, null, 0), "another port is another origin");
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, null, "http://evil.example/page", null, null, 0), "no Origin: the Referer");
        assertEquals(Optional.of(Refusal.CROSS_SITE), check("POST", false, null, "not an address", null, null, 0));
    }

    @Test
    void aChangeFromTheApplicationItselfGoesOn() {
        assertEquals(Optional.empty(), check("POST", false, "http://localhost:8080", null, "same-origin", "application/x-www-form-urlencoded", 10));
        assertEquals(Optional.empty(), check("POST", false, "HTTPS://Learning.Example.gov.uk", null, null, null, 10));
        assertEquals(Optional.empty(), check("POST", false, null, "https://learning.example.gov.uk:443/learning/my/index.xhtml", null, null, 10));
        assertEquals(Optional.empty(), check("POST", false, null, null, null, null, 10), "no browser headers: not a page in a browser");
        assertEquals(Optional.empty(), check("POST", false, "http://localhost:8080", null, "same-site", null, 10), "same-site is not cross-site");
    }

    @Test
    void anApiChangeNeedsAJsonBodyEvenWhenItHasNone() {
        assertEquals(Optional.of(Refusal.NOT_JSON), check("POST", true, null, null, null, null, 0));
        assertEquals(Optional.of(Refusal.NOT_JSON), check("POST", true, null, null, null, "text/plain", 12));
        assertEquals(Optional.of(Refusal.NOT_JSON), check("POST", true, null, null, null, "application/x-www-form-urlencoded", 12));
        assertEquals(Optional.of(Refusal.NOT_JSON), check("POST", true, null, null, null, "application/jsonp", 12));
        assertEquals(Optional.empty(), check("POST", true, null, null, null, "application/json", 0));
        assertEquals(Optional.empty(), check("POST", true, null, null, null, "Application/JSON; charset=UTF-8", 2));
        assertEquals(Optional.empty(), check("POST", true, null, null, null, "application/merge-patch+json", 2));
        assertEquals(Optional.empty(), check("POST", false, null, null, null, "text/plain", 2), "pages take forms");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhateverTheMethod() {
        assertEquals(Optional.of(Refusal.TOO_LARGE), check("POST", true, null, null, null, "application/json", LARGEST + 1));
        assertEquals(Optional.of(Refusal.TOO_LARGE), check("GET", false, null, null, null, null, LARGEST + 1));
        assertEquals(Optional.empty(), check("POST", true, null, null, null, "application/json", LARGEST));
    }

    @Test
    void originsAreComparedWithoutDefaultPortsAndCase() {
        assertEquals(Optional.of("https://learning.example.gov.uk"), RequestRules.originOf("https://Learning.example.gov.uk:443/learning"));
        assertEquals(Optional.of("http://localhost:8080"), RequestRules.originOf("http://localhost:8080/learning"));
        assertEquals(Optional.empty(), RequestRules.originOf("javascript:alert(1)"));
        assertEquals("http://[::1]:8080", RequestRules.origin("http", "::1", 8080));
        assertEquals("http://example.org", RequestRules.origin("HTTP", "Example.org", 80));
    }
}
