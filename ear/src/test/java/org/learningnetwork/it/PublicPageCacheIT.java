package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.reference.ReferenceDataService;

/**
 * Visitors who are not signed in get copies of the public pages and API responses, and never a copy older
 * than the last change made through the services.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPageCacheIT {

    private static final String BASE = "http://localhost:" + System.getProperty("HTTP_LISTENER_PORT", "8080") + "/learning/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private TestData data;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static boolean copied(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Age").isPresent();
    }

    private CourseSession courseWithSession() throws Exception {
        long group = referenceData.frameworks().get(0).getGroups().get(1).getId();
        Course course = coordinator.call(() -> courses.save(new Course("Copies " + UUID.randomUUID(), "About copies",
                DeliveryMode.IN_PERSON, 120, "Tayside Partnership"), Set.of("CHILD_PROTECTION"), Set.of(group), Set.of()));
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, start,
                start.plus(Duration.ofHours(2)), 12, Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofDays(1))), Set.of()));
    }

    @Test
    void aCoursePageIsCopiedUntilItsPlacesChange() throws Exception {
        CourseSession session = courseWithSession();
        String page = "course.xhtml?id=" + session.getCourse().getId();

        HttpResponse<byte[]> first = get(page);
        assertEquals(200, first.statusCode());
        assertFalse(copied(first), "the first visit renders the page");
        assertTrue(text(first).contains("12 of 12 left"), text(first));
        assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), "a public page starts no session");
        HttpResponse<byte[]> second = get(page);
        assertTrue(copied(second), "the second visit gets the copy");
        assertEquals(text(first), text(second));
        assertEquals(first.headers().firstValue("Content-Security-Policy"), second.headers().firstValue("Content-Security-Policy"));
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));

        HttpResponse<byte[]> compressed = get(page, "Accept-Encoding", "gzip");
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertEquals(text(first), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        data.takePlaces(session.getId(), 12);
        HttpResponse<byte[]> afterBooking = get(page);
        assertFalse(copied(afterBooking), "a change made since the copy renders the page again");
        assertTrue(text(afterBooking).contains("Full"), text(afterBooking));
        assertFalse(text(afterBooking).contains("12 of 12 left"));
    }

    @Test
    void theApiIsCopiedUntilASessionIsAdded() throws Exception {
        CourseSession session = courseWithSession();
        String path = "api/sessions?course=" + session.getCourse().getId();
        HttpResponse<byte[]> first = get(path);
        assertEquals(200, first.statusCode());
        assertTrue(text(first).contains("\"total\":1"), text(first));
        assertTrue(copied(get(path)));

        Instant start = session.getStartsAt().plus(Duration.ofDays(7));
        coordinator.call(() -> courses.saveSession(new CourseSession(session.getCourse(), start, start.plus(Duration.ofHours(2)),
                8, Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofDays(1))), Set.of()));
        HttpResponse<byte[]> afterChange = get(path);
        assertFalse(copied(afterChange));
        assertTrue(text(afterChange).contains("\"total\":2"), text(afterChange));
    }

    @Test
    void errorsAndQueryVariantsAreNotServedFromAnotherRequestsCopy() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> missing = get("course.xhtml?id=987654321");
            assertEquals(404, missing.statusCode());
            assertFalse(copied(missing), "error responses are never copied");
            HttpResponse<byte[]> bad = get("api/sessions?page=zero");
            assertEquals(400, bad.statusCode());
            assertFalse(copied(bad));
        }
        get("api/sessions?size=1");
        HttpResponse<byte[]> other = get("api/sessions?size=2");
        assertFalse(copied(other), "each query string has its own copy");
        assertNotEquals(text(get("api/sessions?size=1")), text(other));
    }
}
