package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An outsider guessing passwords from one address is slowed down: after 20 failed sign-ins each further failure makes
 * the address wait longer, and while it waits not even the right password is looked at. Other addresses are not
 * affected. The tests' server trusts the tests' machine as a proxy, so each test names the address it stands for in
 * {@code X-Forwarded-For} (not in the Payara and WildFly smoke suites, whose servers trust no proxy).
 */
class SignInThrottleIT extends ClientIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'");

    /** A client at {@code address}: its session on the sign-in page, and a sign-in sent from it. */
    private final class Client {
        private final String address;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String viewState;
        private final String nonce;

        Client(String address) throws Exception {
            this.address = address;
            String page = http.send(request("sign-in.xhtml").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = VIEW_STATE.matcher(page);
            Matcher script = NONCE.matcher(page);
            assertTrue(state.find() && script.find(), page);
            viewState = state.group(1);
            nonce = script.group(1);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).header("X-Forwarded-For", address);
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signInForm", "signInForm");
            form.put("signInForm:username", username);
            form.put("signInForm:password", password);
            form.put("signInForm:submit", "Sign in");
            form.put("jakarta.faces.ViewState", viewState);
            form.put("primefaces.nonce", nonce);
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(request("sign-in.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void anAddressThatKeepsFailingWaitsLongerEachTimeAndOthersDoNot() throws Exception {
        // An address of the documentation range, different for each run so that an earlier run's failures do not count.
        String address = "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        Client outsider = new Client(address);
        for (int i = 0; i < 21; i++) {
            HttpResponse<String> failed = outsider.signIn("nobody-" + i, "Not-the-password-" + i);
            assertEquals(200, failed.statusCode(), "failure " + (i + 1) + " is looked at");
            assertTrue(failed.body().contains("Sign-in failed"), failed.body());
        }

        HttpResponse<String> waiting = outsider.signIn("learner", BrowserIT.DEMO_PASSWORD);
        assertEquals(429, waiting.statusCode(), "the right password is not even looked at while the address waits");
        assertTrue(waiting.body().contains("Too many failed sign-ins have come from your network. Try again after"), waiting.body());
        assertTrue(waiting.headers().firstValue("Retry-After").isPresent());

        Thread.sleep(1_100);
        HttpResponse<String> after = outsider.signIn("nobody", "Not-the-password");
        assertEquals(200, after.statusCode(), "after a second the next attempt is looked at");
        HttpResponse<String> again = outsider.signIn("learner", BrowserIT.DEMO_PASSWORD);
        assertEquals(429, again.statusCode(), "now two seconds to wait");

        Client neighbour = new Client("203.0.113.77");
        HttpResponse<String> other = neighbour.signIn("learner", BrowserIT.DEMO_PASSWORD);
        assertEquals(302, other.statusCode(), "another address signs in");
        String device = other.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LN_DEVICE=")).findFirst()
                .orElseThrow(() -> new AssertionError("no device cookie in " + other.headers().allValues("Set-Cookie")));
        assertTrue(device.contains("; HttpOnly") && device.contains("; SameSite=Lax") && device.contains("; Path=/learning")
                && device.contains("; Max-Age=15552000"), device);
        Client spoofing = new Client(address);
        assertEquals(429, spoofing.signIn("learner", BrowserIT.DEMO_PASSWORD).statusCode(), "a new session does not start afresh");
    }
}
