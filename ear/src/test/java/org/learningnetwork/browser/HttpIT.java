package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)';");
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    /**
     * A page's one policy lets no inline script run but those carrying the page's own nonce, and every inline script of
     * the page carries it: pages of every kind (public, a form, a page refused, a page not found).
     */
    @Test
    void pagesRunOnlyScriptsWithTheirNonce() throws Exception {
        for (String page : List.of("index.xhtml", "catalogue.xhtml", "sign-in.xhtml", "nothing-here.xhtml")) {
            HttpResponse<String> response = get(page);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": " + policies);
            String policy = policies.get(0);
            String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
            assertFalse(scripts.contains("unsafe"), policy);
            Matcher nonce = NONCE.matcher(policy);
            assertTrue(nonce.find(), page + ": " + policy);
            Matcher script = SCRIPT.matcher(response.body());
            int inline = 0;
            while (script.find()) {
                if (!script.group(1).contains("src=")) {
                    inline++;
                    assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), page + ": " + script.group());
                }
            }
            assertTrue(inline > 0, page + " starts PrimeFaces with an inline script");
            assertFalse(EVENT_HANDLER.matcher(response.body()).find(), page + " has an inline event handler");
            if (!page.equals("catalogue.xhtml")) {
                // (The catalogue's copy for visitors is sent as it was made, nonce and all; see PublicPageCache.)
                assertNotEquals(nonce.group(1), nonceOf(get(page)), "a new nonce for every page");
            }
        }
        HttpResponse<String> api = get("api/courses");
        assertEquals(List.of("default-src 'self'; script-src 'self'; style-src"), api.headers().allValues("Content-Security-Policy")
                .stream().map(p -> p.substring(0, p.indexOf("style-src") + 9)).toList(), "the API allows no inline script at all");
    }

    /**
     * A form sent back without its page's nonce (a page that did not run PrimeFaces' script, or a form made elsewhere)
     * is refused as an expired page, 400; with it, the same form gets its answer.
     */
    @Test
    void aFormSentWithoutItsNonceIsRefusedAsExpired() throws Exception {
        HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browserLike.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + "sign-in.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), page.body());
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("signInForm", "signInForm", "signInForm:username", "",
                "signInForm:password", "", "signInForm:submit", "Sign in", "jakarta.faces.ViewState", viewState.group(1)));

        HttpResponse<String> without = browserLike.send(post("sign-in.xhtml", form), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, without.statusCode(), without.body());
        assertTrue(without.body().contains("Your page had expired"), without.body());
        assertNoStackTrace(without.body());
        assertEquals(1, without.headers().allValues("Content-Security-Policy").size());

        form.put("primefaces.nonce", nonceOf(page));
        HttpResponse<String> with = browserLike.send(post("sign-in.xhtml", form), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, with.statusCode(), with.body());
        assertTrue(with.body().contains("error-summary"), with.body());
    }

    private HttpRequest post(String path, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build();
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), page.headers().toString());
        return nonce.group(1);
    }
}
