package org.learningnetwork.browser;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that call the deployed application over plain HTTP, as another system would: the application as
 * built, deployed once for them all ({@link SharedApplication}).
 */
public abstract class ClientIT {

    protected URL base;

    @BeforeEach
    void application() {
        base = SharedApplication.base();
    }

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** GET of a path relative to the application, e.g. {@code api/courses}. */
    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
