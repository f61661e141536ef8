package org.learningnetwork.booking;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;

/**
 * Demo mode only (called by the demo data loader, never by the application): bookings as if people had
 * applied and been approved over the past weeks, so that the demo shows full sessions with waiting lists
 * and sessions filling up. Each booking has the history the booking service would have recorded.
 */
public final class DemoBookings {

    private DemoBookings() {
    }

    /** Of the first-come sessions open for booking now, every fourth is filled with a waiting list of three, and the one after it half filled. */
    public static void load(EntityManager em, Instant now, List<Person> people) {
        List<CourseSession> open = em.createQuery("select s from CourseSession s where s.course.bookingMode = :mode"
                        + " and s.status in :bookable and s.bookingOpensAt <= :now and s.bookingClosesAt > :now"
                        + " order by s.startsAt, s.id", CourseSession.class)
                .setParameter("mode", BookingMode.FIRST_COME)
                .setParameter("bookable", List.of(SessionStatus.PLANNED, SessionStatus.OPEN))
                .setParameter("now", now)
                .getResultList();
        int offset = 0;
        for (int i = 0; i < open.size(); i += 4) {
            CourseSession session = open.get(i);
            int confirmed = Math.min(session.getCapacity(), people.size() - 3);
            offset = book(em, session, people, offset, confirmed, confirmed + 3, now);
            if (i + 1 < open.size()) {
                CourseSession next = open.get(i + 1);
                int half = Math.min(next.getCapacity() / 2, people.size());
                offset = book(em, next, people, offset, half, half, now);
            }
        }
    }

    private static int book(EntityManager em, CourseSession session, List<Person> people, int offset, int confirmed,
                            int total, Instant now) {
        for (int n = 0; n < total; n++) {
            Person person = people.get((offset + n) % people.size());
            Instant applied = now.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(37L * n));
            Booking booking = new Booking(session, person);
            booking.apply(applied, null, false);
            booking.moveTo(BookingStatus.REQUESTED, applied, person, ActorRole.LEARNER, null);
            Person manager = person.getLineManager();
            booking.moveTo(n < confirmed ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED, applied.plus(Duration.ofHours(3)),
                    manager, manager == null ? ActorRole.COORDINATOR : ActorRole.MANAGER, null);
            em.persist(booking);
        }
        em.flush();
        em.createQuery("update CourseSession s set s.placesTaken = :taken where s.id = :id")
                .setParameter("taken", confirmed).setParameter("id", session.getId()).executeUpdate();
        return offset + total;
    }
}
