package org.learningnetwork.browser;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.it.Deployments;

/** Base of the tests that call the deployed application over plain HTTP, as another system would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    protected URL base;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** GET of a path relative to the application, e.g. {@code api/courses}. */
    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
