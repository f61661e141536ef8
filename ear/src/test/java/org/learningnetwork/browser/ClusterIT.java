package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two GlassFish instances on one PostgreSQL database, as a council runs them behind a load balancer: two more domains
 * of the tests' GlassFish, started here with the same EAR beside the tests' server (whose demo mailbox receives their
 * mail). The same quarter started on both at once runs once and each committee is mailed once, whichever instance is
 * asked afterwards; mail that both dispatchers see goes once; the reminders both instances' timers find due at the
 * same moment (every minute here) go once each, the session reminders and those of learning falling due, and so do
 * the monthly mails (line managers' team summaries, the calendar update); a booking
 * race across both never overbooks; and when the instance running a quarter's KPI job is killed, another takes the run
 * over once the lease runs out (20 seconds on the tests' servers), goes on from the parts stored, and sends each
 * committee its pack once. PostgreSQL only (an H2 file is one server's own).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends BrowserIT {

    private static final String FIRST = "http://localhost:9080/learning/";
    private static final String SECOND = "http://localhost:9180/learning/";
    private static final String[] COMMITTEES = {"CHILD_PROTECTION_COMMITTEE", "ADULT_PROTECTION_COMMITTEE",
        "VIOLENCE_AGAINST_WOMEN_PARTNERSHIP", "MAPPA_GROUP", "CHIEF_OFFICERS_GROUP"};

    @BeforeAll
    static void secondInstance() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("ln.db")), "two instances need a shared PostgreSQL database");
        // The first instance first: its demo mail server, where every instance delivers, is the one that gets the port.
        SharedApplication.base();
        glassfish("start-instance", System.getProperty("ln.ear"), "2");
        glassfish("start-instance", System.getProperty("ln.ear"), "3");
    }

    /** The sessions this test made, cancelled when it ends so that no other test takes them for the demo's. */
    private static final List<Long> SESSIONS = new ArrayList<>();

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if ("postgresql".equals(System.getProperty("ln.db"))) {
            try (Connection db = database(); PreparedStatement cancel = db.prepareStatement(
                    "update course_session set status = 'CANCELLED', cancellation_reason = 'ClusterIT' where id = ?")) {
                for (long session : SESSIONS) {
                    cancel.setLong(1, session);
                    cancel.executeUpdate();
                }
            }
            glassfish("stop-instance", "2");
            glassfish("stop-instance", "3");
        }
    }

    private static void glassfish(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", "src/glassfish/glassfish.sh", command[0], System.getProperty("glassfish.home")));
        line.addAll(List.of(command).subList(1, command.length));
        // The script's output goes through this test's own output (not straight to the console, which the build's
        // test runner does not expect), and its end is part of the failure message: it says why an instance did not start.
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        Deque<String> last = new ArrayDeque<>();
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = output.readLine(); text != null; text = output.readLine()) {
                System.out.println(text);
                last.addLast(text);
                if (last.size() > 80) {
                    last.removeFirst();
                }
            }
        }
        int exit = process.waitFor();
        assertEquals(0, exit, () -> String.join(" ", line) + " ended with:\n" + String.join("\n", last));
    }

    @Test
    @Order(1)
    void theSameQuarterStartedOnBothInstancesAtOnceRunsOnceAndEachCommitteeIsMailedOnce() throws Exception {
        String quarter = "2015-Q1";
        List<String> recipients = recipients("once");
        String first = signedIn(FIRST);
        String second = signedIn(SECOND);

        List<HttpResponse<String>> answers = atOnce(
                () -> api(FIRST, first, "POST", "jobs/quarterly-kpi/runs", "{\"quarter\": \"" + quarter + "\"}"),
                () -> api(SECOND, second, "POST", "jobs/quarterly-kpi/runs", "{\"quarter\": \"" + quarter + "\"}"));
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(202, 409), statuses, answers.get(0).body() + " / " + answers.get(1).body());
        int accepted = answers.get(0).statusCode() == 202 ? 0 : 1;
        long run = jsonObject(answers.get(accepted)).getJsonNumber("id").longValue();

        // Followed on the instance that did not run it: the run records are shared.
        String other = accepted == 0 ? SECOND : FIRST;
        JsonObject followed = completed(other, accepted == 0 ? second : first, run);
        assertEquals(List.of("clear", "figures", "report"), followed.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList());
        assertEquals(1, count("select count(*) from job_run where quarter_code = ?", quarter), "one run of the quarter");
        assertEachMailedOnce(recipients, "report_quarter = '" + quarter + "'");
    }

    @Test
    @Order(2)
    void mailBothDispatchersSeeIsSentOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        long base = -(System.nanoTime() % 1_000_000_000L) - 1_000;
        try (Connection db = database()) {
            for (int i = 0; i < 40; i++) {
                String to = "cluster-mail-" + (-base) + "-" + i + "@example.org";
                recipients.add(to);
                try (PreparedStatement insert = db.prepareStatement("insert into mail_outbox (id, version, kind, recipient, subject, body,"
                        + " created_at, status, attempts, next_attempt_at) values (?, 0, 'DISTRIBUTION', ?, ?, ?, ?, 'PENDING', 0, ?)")) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    insert.setLong(1, base - i);
                    insert.setString(2, to);
                    insert.setString(3, "Cluster test " + i);
                    insert.setString(4, "Sent once by whichever instance has it.");
                    insert.setObject(5, now);
                    insert.setObject(6, now);
                    insert.executeUpdate();
                }
            }
        }
        assertEachMailedOnce(recipients, "id <= " + base + " and id > " + (base - 40));
    }

    /**
     * The work both instances' timers find due at the same moment (every minute here), set up together and waited for
     * together: ten people booked onto a session in five days each get the week's reminder once; ten people whose
     * required learning (every twelve months) was done eleven months ago are each reminded once that it falls due; a
     * new line manager whose team did self-guided learning last month gets last month's summary once; and this month's
     * calendar update (its record cleared, so that it is due again) goes once, to a new service manager among others.
     * Then both timers fire at least once more, and nothing is written twice.
     */
    @Test
    @Order(3)
    void whatBothInstancesTimersFindDueAtOnceIsDoneOnce() throws Exception {
        // Session reminders.
        long session = newSession(java.time.Duration.ofDays(5), 20);
        List<Long> booked = newPeople(10);
        String first = signedIn(FIRST);
        List<Long> bookings = new ArrayList<>();
        for (long person : booked) {
            HttpResponse<String> answer = api(FIRST, first, "POST", "sessions/" + session + "/bookings", "{\"personId\": " + person + "}");
            if (answer.statusCode() == 201 && "CONFIRMED".equals(jsonObject(answer).getString("status"))) {
                bookings.add(jsonObject(answer).getJsonNumber("id").longValue());
            }
        }
        assertTrue(bookings.size() >= 3, "enough people could be booked for the test: " + bookings.size());
        String bookingIds = bookings.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow();
        String weekReminders = "select count(*) from mail_outbox where kind = 'REMINDER_WEEK' and booking_id in (" + bookingIds + ")";

        // Pathway reminders.
        List<Long> due = newPeople(10);
        long id = -(System.nanoTime() % 1_000_000_000L) - 1;
        try (Connection db = database()) {
            execute(db, "insert into learning_requirement (id, version, name, refresh_months, active) values (?, 0, ?, 12, true)",
                    id, "Cluster requirement " + (-id));
            execute(db, "insert into learning_requirement_course (requirement_id, course_id) select ?, min(c.id) from course c"
                    + " where not c.retired", id);
            execute(db, "insert into role_profile (id, version, code, name, active) values (?, 0, ?, ?, true)", id, "CL" + (-id),
                    "Cluster profile " + (-id));
            execute(db, "insert into role_profile_requirement (role_profile_id, requirement_id, position) values (?, ?, 0)", id, id);
            for (int i = 0; i < due.size(); i++) {
                execute(db, "insert into person_role_profile (id, person_id, role_profile_id, assigned_on, assigned_by)"
                        + " values (?, ?, ?, current_date, 'LEARNING_TEAM')", id - i, due.get(i), id);
                execute(db, "insert into learning_record (id, version, person_id, course_id, completed_on, cpd_hours, kind)"
                        + " select ?, 0, ?, min(c.id), ?, 0, 'EQUIVALENT' from course c where not c.retired", id - i, due.get(i),
                        java.time.LocalDate.now().minusMonths(11));
            }
        }
        String dueIds = due.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow();
        String pathwayReminders = "select count(*) from pathway_reminder where kind = 'DUE_SOON' and person_id in (" + dueIds + ")";
        String pathwayMails = "select count(*) from mail_outbox m join person p on p.work_email = m.recipient where m.kind = 'PATHWAY_REMINDER'"
                + " and p.id in (" + dueIds + ")";

        // The monthly mails.
        List<Long> team = newPeople(4);
        long manager = team.get(0);
        long serviceManager = team.get(3);
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London"));
        String lastMonth = thisMonth.minusMonths(1).toString();
        try (Connection db = database()) {
            // One transaction: the timers never see the team without its learning.
            db.setAutoCommit(false);
            execute(db, "update person set line_manager_id = ? where id in (?, ?)", manager, team.get(1), team.get(2));
            execute(db, "insert into learning_record (id, version, person_id, course_id, completed_on, cpd_hours, kind)"
                    + " select ?, 0, ?, min(c.id), ?, 1, 'SELF_GUIDED' from course c where not c.retired", team.get(1), team.get(1),
                    thisMonth.minusMonths(1).atDay(15));
            execute(db, "insert into calendar_service_manager (person_id, added_at) values (?, current_timestamp)", serviceManager);
            execute(db, "delete from calendar_update where scheduled_month = ?", thisMonth.toString());
            db.commit();
        }
        String summaries = "select count(*) from mail_outbox m join person p on p.work_email = m.recipient where m.kind = 'TEAM_SUMMARY'"
                + " and p.id = " + manager;
        String updates = "select count(*) from mail_outbox m join person p on p.work_email = m.recipient where m.kind = 'CALENDAR_UPDATE'"
                + " and p.id = " + serviceManager;

        // Registration alerts: a renewal due in twenty days for each of five people, one alert each.
        List<Long> registered = newPeople(5);
        try (Connection db = database()) {
            for (int i = 0; i < registered.size(); i++) {
                execute(db, "insert into registration (id, version, person_id, register_part_code, registered_on, renewal_due_on, recorded_at)"
                        + " values (?, 0, ?, 'SOCIAL_WORKER', ?, ?, current_timestamp)", id - 100 - i, registered.get(i),
                        java.time.LocalDate.now().minusYears(3), java.time.LocalDate.now().plusDays(20));
            }
        }
        String registeredIds = registered.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow();
        String registrationAlerts = "select count(*) from registration_alert a join registration r on r.id = a.registration_id"
                + " where r.person_id in (" + registeredIds + ")";
        String registrationMails = "select count(*) from mail_outbox m join person p on p.work_email = m.recipient"
                + " where m.kind = 'REGISTRATION_ALERT' and p.id in (" + registeredIds + ")";

        Instant until = Instant.now().plusSeconds(150);
        while (count(weekReminders) < bookings.size() || count(pathwayMails) < due.size() || count(summaries) < 1 || count(updates) < 1
                || count(registrationMails) < registered.size()) {
            assertTrue(Instant.now().isBefore(until), "week's reminders " + count(weekReminders) + " of " + bookings.size()
                    + ", pathway reminders " + count(pathwayMails) + " of " + due.size() + ", team summaries " + count(summaries)
                    + ", calendar updates " + count(updates) + ", registration alerts " + count(registrationMails) + " of " + registered.size());
            Thread.sleep(1_000);
        }
        // Both timers fire again at least once more; nothing is written twice.
        Thread.sleep(65_000);
        assertEquals(bookings.size(), count(weekReminders), "one week's reminder per booking");
        assertEquals(bookings.size(), count("select count(distinct booking_id) from mail_outbox where kind = 'REMINDER_WEEK' and booking_id in ("
                + bookingIds + ")"));
        assertEquals(due.size(), count(pathwayReminders), "one reminder per person and requirement");
        assertEquals(due.size(), count(pathwayMails), "one e-mail per person");
        assertEquals(1, count(summaries), "last month's team summary once");
        assertEquals(1, count("select count(*) from team_summary_sent where manager_id = ? and month_code = ?", manager, lastMonth));
        assertEquals(1, count(updates), "this month's calendar update once");
        assertEquals(registered.size(), count(registrationAlerts), "one alert per registration");
        assertEquals(registered.size(), count(registrationMails), "one e-mail per person");
        assertEquals(1, count("select count(*) from calendar_update where scheduled_month = ?", thisMonth.toString()));
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * Sixteen people booked onto a session with four places left, half through each instance at the same moment: four
     * get a place, the others the waiting list (or a refusal with its reason), never a fifth place.
     */
    @Test
    @Order(4)
    void aBookingRaceAcrossBothInstancesNeverOverbooks() throws Exception {
        // Far ahead, so that the full session it leaves is not one the other tests take for the demo's.
        long session = newSession(java.time.Duration.ofDays(330), 4);
        List<Long> people = newPeople(16);
        String first = signedIn(FIRST);
        String second = signedIn(SECOND);
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String instance = i % 2 == 0 ? FIRST : SECOND;
            String cookie = i % 2 == 0 ? first : second;
            String body = "{\"personId\": " + people.get(i) + "}";
            calls.add(() -> api(instance, cookie, "POST", "sessions/" + session + "/bookings", body));
        }
        List<HttpResponse<String>> answers = atOnce(calls.toArray(Call[]::new));
        List<String> booked = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, answer.statusCode() + " " + answer.body());
            if (answer.statusCode() == 201) {
                booked.add(jsonObject(answer).getString("status"));
            }
        }
        assertTrue(booked.size() >= 4, "enough of the people could be booked for a race: " + answers.stream().map(HttpResponse::body).toList());
        assertEquals(4, booked.stream().filter("CONFIRMED"::equals).count(), "four places, four confirmed: " + booked);
        assertEquals(count("select capacity from course_session where id = ?", session),
                count("select places_taken from course_session where id = ?", session), "full, not over");
        assertEquals(4, count("select count(*) from booking where session_id = ? and status = 'CONFIRMED' and person_id in ("
                + people.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow() + ")", session));
    }

    @Test
    @Order(5)
    void aRunWhoseInstanceIsKilledIsTakenOverByTheOtherAndEachCommitteeIsMailedOnce() throws Exception {
        String quarter = "2015-Q2";
        List<String> recipients = recipients("takeover");
        String second = signedIn(SECOND);
        // The second instance pauses three seconds before each part after the first (learningnetwork.kpi.pause-millis).
        HttpResponse<String> started = api(SECOND, second, "POST", "jobs/quarterly-kpi/runs", "{\"quarter\": \"" + quarter + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        long killed = jsonObject(started).getJsonNumber("id").longValue();
        Instant until = Instant.now().plusSeconds(60);
        while (count("select count(*) from kpi_snapshot where quarter_code = ? and parts <> ''", quarter) == 0) {
            assertTrue(Instant.now().isBefore(until), "the run did not reach its figures");
            Thread.sleep(100);
        }
        glassfish("kill-instance", "3");

        until = Instant.now().plusSeconds(120);
        long continuing = 0;
        while (continuing == 0) {
            assertTrue(Instant.now().isBefore(until), "no run took the killed one over");
            Thread.sleep(500);
            continuing = count("select coalesce(max(id), 0) from job_run where continues_run_id = ?", killed);
        }
        String first = signedIn(FIRST);
        JsonObject resumed = completed(FIRST, first, continuing);
        JsonObject abandoned = jsonObject(api(FIRST, first, "GET", "jobs/runs/" + killed, null));
        assertEquals("ABANDONED", abandoned.getString("status"));
        assertTrue(!resumed.getString("instance").equals(abandoned.getString("instance")), "taken over by the other instance");
        String clear = resumed.getJsonArray("steps").getJsonObject(0).getString("exitStatus");
        assertTrue(clear.startsWith("KEPT:"), "the parts stored before the kill are kept: " + clear);
        assertEachMailedOnce(recipients, "report_quarter = '" + quarter + "'");
    }

    /**
     * A new session of its own (the demo's sessions are left as the other tests expect them), taking bookings now,
     * starting after {@code startsIn}, of a first-come course without prerequisites; its id.
     */
    private static long newSession(java.time.Duration startsIn, int capacity) throws SQLException {
        long course;
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("select c.id from course c"
                + " where c.booking_mode = 'FIRST_COME' and not c.retired"
                + " and not exists (select 1 from course_prerequisite p where p.course_id = c.id) order by c.id limit 1");
                ResultSet rows = query.executeQuery()) {
            assertTrue(rows.next(), "the demo has a first-come course without prerequisites");
            course = rows.getLong(1);
        }
        long id = -(System.nanoTime() % 1_000_000_000L) - 1;
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).plus(startsIn).withNano(0);
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into course_session (id, version,"
                + " course_id, starts_at, ends_at, capacity, booking_opens_at, booking_closes_at, status, places_taken)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, 'OPEN', 0)")) {
            insert.setLong(1, id);
            insert.setLong(2, course);
            insert.setObject(3, starts);
            insert.setObject(4, starts.plusHours(2));
            insert.setInt(5, capacity);
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
            insert.setObject(7, starts.minusHours(1));
            insert.executeUpdate();
        }
        SESSIONS.add(id);
        return id;
    }

    /** {@code count} new people of their own, in the organisation of the demo's learner (in the partnership's area). */
    private static List<Long> newPeople(int count) throws SQLException {
        List<Long> people = new ArrayList<>();
        long id = -(System.nanoTime() % 1_000_000_000L) - 1;
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into person (id, version, given_name,"
                + " family_name, work_email, organisation_id, active) select ?, 0, 'Cluster', ?, ?, p.organisation_id, true"
                + " from person p join user_account a on a.person_id = p.id where a.username = 'learner'")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, id - i);
                insert.setString(2, "Person " + (-id) + "-" + i);
                insert.setString(3, "cluster-person-" + (-id) + "-" + i + "@example.org");
                assertEquals(1, insert.executeUpdate(), "the demo has its learner");
                people.add(id - i);
            }
        }
        return people;
    }

    /** One new address on each committee's distribution list. */
    private List<String> recipients(String test) throws SQLException {
        List<String> recipients = new ArrayList<>();
        long id = -(System.nanoTime() % 1_000_000_000L) - 100;
        try (Connection db = database()) {
            for (String committee : COMMITTEES) {
                String email = "cluster-" + test + "-" + (-id) + "-" + committee.toLowerCase() + "@example.org";
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into committee_recipient (id, committee_code, email, added_at) values (?, ?, ?, ?)")) {
                    insert.setLong(1, id--);
                    insert.setString(2, committee);
                    insert.setString(3, email);
                    insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                recipients.add(email);
            }
        }
        return recipients;
    }

    /**
     * Each recipient has exactly one mail of {@code which} in the outbox, sent, and the mail server (the first
     * instance's demo mailbox, where both instances deliver) received exactly one for each.
     */
    private void assertEachMailedOnce(List<String> recipients, String which) throws Exception {
        Instant until = Instant.now().plusSeconds(90);
        String in = "'" + String.join("', '", recipients) + "'";
        while (count("select count(*) from mail_outbox where " + which + " and recipient in (" + in + ") and status = 'SENT'") < recipients.size()) {
            assertTrue(Instant.now().isBefore(until), "not all sent: " + count("select count(*) from mail_outbox where " + which
                    + " and recipient in (" + in + ") and status = 'SENT'") + " of " + recipients.size());
            Thread.sleep(500);
        }
        assertEquals(recipients.size(), count("select count(*) from mail_outbox where " + which + " and recipient in (" + in + ")"),
                "one mail each in the outbox");
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.get("/my/inbox.xhtml");
        List<String> delivered = browser.findAll(".mail .hint").stream().map(e -> e.getText()).toList();
        for (String recipient : recipients) {
            assertEquals(1, delivered.stream().filter(text -> text.contains(recipient)).count(), recipient + " received it once");
        }
        browser.signOut();
    }

    private JsonObject completed(String instance, String cookie, long run) throws Exception {
        Instant until = Instant.now().plusSeconds(120);
        JsonObject followed = jsonObject(api(instance, cookie, "GET", "jobs/runs/" + run, null));
        while (!"COMPLETED".equals(followed.getString("status"))) {
            assertTrue(Instant.now().isBefore(until), followed.toString());
            Thread.sleep(500);
            followed = jsonObject(api(instance, cookie, "GET", "jobs/runs/" + run, null));
        }
        return followed;
    }

    /** Signs the coordinator in on the instance at {@code address} in a browser of its own; the session cookie. */
    private static String signedIn(String address) throws Exception {
        try (Browser other = Browser.open(new URL(address))) {
            other.signIn("coordinator", DEMO_PASSWORD);
            return other.driver().manage().getCookieNamed("JSESSIONID").getValue();
        }
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    /** The calls made at the same moment, their answers in order. */
    private static List<HttpResponse<String>> atOnce(Call... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Call call : calls) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("ln.pg.host", "127.0.0.1") + ":5432/learningnetwork_test",
                "learningnetwork", "learningnetwork");
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
