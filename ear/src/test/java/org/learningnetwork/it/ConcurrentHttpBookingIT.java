package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingQueries;
import org.learningnetwork.booking.BookingStatus;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.demo.DemoData;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Many bookings at once through the deployed application's HTTP interface (the learning team's booking API,
 * signed in with the sign-in page like a browser): 200 people sent at the same moment for 20 places give exactly
 * 20 confirmed and 180 on the waiting list, each request answered 201; the same person sent twice at once is
 * booked once. Run on H2 and, in CI, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentHttpBookingIT {

    private static final String BASE = "http://localhost:" + System.getProperty("HTTP_LISTENER_PORT", "8080") + "/learning/";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private TestData data;

    @Inject
    private CourseService courses;

    @Inject
    private BookingQueries bookings;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @AfterEach
    void everyoneMayBookAgain() {
        data.partnershipAreas();
    }

    @Test
    void twoHundredAtOnceForTwentyPlacesAndDoubleSubmitsBookOnce() throws Exception {
        WorkforceGroup group = referenceData.frameworks().get(0).getGroups().get(1);
        data.partnershipAreas("Dundee City");
        Organisation agency = data.organisation("Dundee City");
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        Course course = new Course("Concurrent booking " + System.nanoTime(), "About", DeliveryMode.IN_PERSON, 90, "Tayside");
        Course saved = coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(group.getId()), Set.of()));
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        CourseSession session = coordinator.call(() -> courses.saveSession(new CourseSession(saved, start, start.plus(Duration.ofHours(2)),
                20, Instant.now().minus(Duration.ofDays(1)), start.minus(Duration.ofDays(1))), Set.of()));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(data.person(agency, group, null));
        }

        HttpClient http = signedInAsCoordinator();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (Person person : people) {
            sent.add(http.sendAsync(book(session.getId(), person.getId()), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            assertEquals(201, response.get().statusCode(), response.get().body());
        }
        List<Booking> roster = coordinator.call(() -> bookings.roster(session.getId()));
        Map<BookingStatus, Long> counts = roster.stream().collect(Collectors.groupingBy(Booking::getStatus, Collectors.counting()));
        assertEquals(Map.of(BookingStatus.CONFIRMED, 20L, BookingStatus.WAITLISTED, 180L), counts);
        assertEquals(20, data.placesTaken(session.getId()));
        // The waiting list is in the order people joined it, each after every confirmed booking was made.
        List<Booking> waiting = roster.stream().filter(b -> b.getStatus() == BookingStatus.WAITLISTED).toList();
        assertEquals(waiting.stream().sorted(Comparator.comparing(Booking::getQueuedAt).thenComparing(Booking::getId)).toList(), waiting);
        Instant lastConfirmed = roster.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                .map(Booking::getAppliedAt).max(Comparator.naturalOrder()).orElseThrow();
        assertTrue(waiting.stream().noneMatch(b -> b.getQueuedAt().isBefore(lastConfirmed)));

        // The same person sent twice at the same moment, for ten people: each booked once, the second told so.
        CourseSession other = coordinator.call(() -> courses.saveSession(new CourseSession(saved, start.plus(Duration.ofDays(1)),
                start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)), 20, Instant.now().minus(Duration.ofDays(1)),
                start.minus(Duration.ofDays(1))), Set.of()));
        List<CompletableFuture<HttpResponse<String>>> twice = new ArrayList<>();
        for (Person person : people.subList(0, 10)) {
            twice.add(http.sendAsync(book(other.getId(), person.getId()), HttpResponse.BodyHandlers.ofString()));
            twice.add(http.sendAsync(book(other.getId(), person.getId()), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> codes = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : twice) {
            codes.add(response.get().statusCode());
            if (response.get().statusCode() == 409) {
                assertTrue(response.get().body().contains("booking.already"), response.get().body());
            }
        }
        assertEquals(10, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(10, codes.stream().filter(c -> c == 409).count(), codes.toString());
        assertEquals(10, coordinator.call(() -> bookings.roster(other.getId())).size());
        assertEquals(10, data.placesTaken(other.getId()));
    }

    private static HttpRequest book(long sessionId, long personId) {
        return HttpRequest.newBuilder(URI.create(BASE + "api/sessions/" + sessionId + "/bookings"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":" + personId + "}")).build();
    }

    /** An HTTP client signed in as the demo coordinator through the sign-in page, as a browser would. */
    private static HttpClient signedInAsCoordinator() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(BASE + "sign-in.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "the sign-in page has a form");
        String form = Map.of("signInForm", "signInForm", "signInForm:username", "coordinator",
                        "signInForm:password", DemoData.DEMO_PASSWORD, "signInForm:submit", "Sign in",
                        "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(BASE + "sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode());
        assertTrue(!signedIn.body().contains("signInForm"), "signed in");
        return http;
    }
}
