import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own ceiling for bench/booking: N threads, each with its own connection, book people onto
 * sessions for a number of seconds with plain JDBC, doing in each transaction what the application writes when
 * the learning team books someone onto a first-come session: lock the session's row, check the person has no
 * booking on it, take a place (never beyond the capacity), insert the booking confirmed (or wait-listed) with its
 * "requested" and "confirmed" events, and queue the confirmation e-mail in the outbox (with a
 * calendar attachment of the application's size; written as already sent, so that the application's mail
 * dispatcher leaves it alone); for a person without an active sign-in account (the bench's people have none), the
 * mail's link to cancel without signing in is written too, as the application does: a random token's SHA-256 digest. Ids come from the application's sequences, each value used once, so they never
 * meet the ranges the application allocates.
 *
 * <p>Usage: {@code java -cp postgresql.jar JdbcBookings.java URL USER PASSWORD THREADS SECONDS FIRST_PERSON
 * FIRST_SESSION SESSIONS}. Prints {@code RESULT bookings/s p50_ms p95_ms p99_ms errors bookings}.
 */
public class JdbcBookings {

    private static final String BODY = "Dear Bench,\n\nYou have a place on this session:\n\n".repeat(12)
            + "Before you undertake this training it is useful to offer some clarity around expectations and content. ".repeat(6);
    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "X-LINE:0123456789abcdef0123456789abcdef\r\n".repeat(18)
            + "END:VCALENDAR\r\n";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long firstPerson = Long.parseLong(args[5]);
        long firstSession = Long.parseLong(args[6]);
        int sessions = Integer.parseInt(args[7]);

        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long[] own = new long[2_000_000];
            latencies.add(own);
            Thread worker = new Thread(() -> {
                int count = 0;
                try (Connection db = DriverManager.getConnection(url, user, password)) {
                    db.setAutoCommit(false);
                    while (System.nanoTime() < end && count < own.length - 1) {
                        long k = next.getAndIncrement();
                        long begin = System.nanoTime();
                        try {
                            book(db, firstSession + k % sessions, firstPerson + k);
                            db.commit();
                            own[++count] = System.nanoTime() - begin;
                        } catch (SQLException e) {
                            db.rollback();
                            errors.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
                own[0] = count;
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = latencies.stream().mapToLong(l -> l[0]).sum();
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] own : latencies) {
            System.arraycopy(own, 1, all, i, (int) own[0]);
            i += (int) own[0];
        }
        Arrays.sort(all);
        System.out.printf("RESULT %.1f %.1f %.1f %.1f %d %d%n", total / elapsed, percentile(all, 50), percentile(all, 95),
                percentile(all, 99), errors.get(), total);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static void book(Connection db, long session, long person) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp startsAt;
        try (PreparedStatement lock = db.prepareStatement("select capacity, places_taken, starts_at from course_session where id = ? for update")) {
            lock.setLong(1, session);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                startsAt = row.getTimestamp(3);
            }
        }
        try (PreparedStatement existing = db.prepareStatement("select count(*) from booking where session_id = ? and person_id = ?")) {
            existing.setLong(1, session);
            existing.setLong(2, person);
            try (ResultSet row = existing.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new SQLException("already booked");
                }
            }
        }
        boolean placed;
        try (PreparedStatement take = db.prepareStatement("update course_session set places_taken = places_taken + 1"
                + " where id = ? and places_taken < capacity")) {
            take.setLong(1, session);
            placed = take.executeUpdate() == 1;
        }
        long booking = nextval(db, "booking_seq");
        try (PreparedStatement insert = db.prepareStatement("insert into booking (id, version, session_id, person_id, status, applied_at,"
                + " need, group_mismatch, queued_at, offer_expires_at, late_cancellation) values (?, 1, ?, ?, ?, ?, null, true,"
                + " ?, null, false)")) {
            insert.setLong(1, booking);
            insert.setLong(2, session);
            insert.setLong(3, person);
            insert.setString(4, placed ? "CONFIRMED" : "WAITLISTED");
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, placed ? null : now);
            insert.executeUpdate();
        }
        event(db, booking, now, "REQUESTED", "booked.onBehalf");
        event(db, booking, now, placed ? "CONFIRMED" : "WAITLISTED", null);
        try (PreparedStatement mail = db.prepareStatement("insert into mail_outbox (id, version, kind, booking_id, recipient, subject, body,"
                + " calendar, created_at, status, attempts, next_attempt_at, sent_at, last_error)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, 'SENT', 1, null, ?, null)")) {
            mail.setLong(1, nextval(db, "mail_outbox_seq"));
            mail.setString(2, placed ? "CONFIRMED" : "WAITLISTED");
            mail.setLong(3, booking);
            mail.setString(4, "booker" + person + "@bench.learning-network.scot");
            mail.setString(5, "Place confirmed: Booking bench course");
            mail.setString(6, BODY);
            mail.setString(7, placed ? CALENDAR : null);
            mail.setTimestamp(8, now);
            mail.setTimestamp(9, now);
            mail.executeUpdate();
        }
        boolean canSignIn;
        try (PreparedStatement account = db.prepareStatement("select count(*) from user_account where person_id = ? and active = true")) {
            account.setLong(1, person);
            try (ResultSet row = account.executeQuery()) {
                row.next();
                canSignIn = row.getLong(1) > 0;
            }
        }
        if (!canSignIn) {
            try (PreparedStatement link = db.prepareStatement("insert into cancel_link (id, booking_id, token_hash, created_at, expires_at,"
                    + " used_at) values (?, ?, ?, ?, ?, null)")) {
                link.setLong(1, nextval(db, "cancel_link_seq"));
                link.setLong(2, booking);
                link.setString(3, digest());
                link.setTimestamp(4, now);
                link.setTimestamp(5, startsAt);
                link.executeUpdate();
            }
        }
    }

    /** The SHA-256 digest of a new random token, in hex: what the application keeps of a link's token. */
    private static String digest() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void event(Connection db, long booking, Timestamp now, String status, String reason) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into booking_event (id, booking_id, occurred_at, actor_person_id,"
                + " actor_role, status, reason) values (?, ?, ?, null, 'COORDINATOR', ?, ?)")) {
            insert.setLong(1, nextval(db, "booking_event_seq"));
            insert.setLong(2, booking);
            insert.setTimestamp(3, now);
            insert.setString(4, status);
            insert.setString(5, reason);
            insert.executeUpdate();
        }
    }

    private static long nextval(Connection db, String sequence) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("select nextval('" + sequence + "')"); ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
