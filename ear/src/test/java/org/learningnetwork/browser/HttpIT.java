package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What every response carries, and how bad requests are answered, seen at the HTTP level. */
class HttpIT extends ClientIT {

    /** A stack trace shows as "SomeException: message" and "at package.Class.method(Class.java:12)" lines. */
    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception: "), body);
        assertFalse(body.contains(".java:"), body);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> home = get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void publicPagesGiveVisitorsNoSession() throws Exception {
        for (String page : new String[] {"index.xhtml", "catalogue.xhtml", "calendar.xhtml", "what-do-i-need.xhtml"}) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), page + " set " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void anUnknownPageIs404WithTheFriendlyPage() throws Exception {
        HttpResponse<String> missing = get("nothing-here.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertNoStackTrace(missing.body());
    }

    @Test
    void protectedPagesRedirectToSignIn() throws Exception {
        HttpResponse<String> admin = get("admin/organisations.xhtml");
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml"));
    }

    @Test
    void aPostWithAForgedViewStateGetsTheExpiredPageNotAStackTrace() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "signInForm=signInForm&signInForm%3Ausername=admin&signInForm%3Apassword=x&jakarta.faces.ViewState=forged"))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), "the request's fault, not the server's");
        assertTrue(response.body().contains("Your page had expired"), response.body());
        assertNoStackTrace(response.body());
    }
}
