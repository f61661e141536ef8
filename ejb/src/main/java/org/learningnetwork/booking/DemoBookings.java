package org.learningnetwork.booking;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.catalogue.BookingMode;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;

/**
 * Demo mode only (called by the demo data loader, never by the application): bookings as if people had
 * applied and been approved over the past weeks, so that the demo shows full sessions with waiting lists
 * and sessions filling up. Each booking has the history the booking service would have recorded.
 */
public final class DemoBookings {

    private static final ZoneId ZONE = Installation.zone();

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

    /**
     * Two sessions of the first course that have already run, both facilitated by {@code facilitator}: one
     * three weeks ago whose register was taken (the learner attended and has a learning record and a
     * certificate; the others attended, one in part, and one did not come), and one yesterday whose register
     * is still to be taken.
     */
    public static void past(EntityManager em, Instant now, Course course, Person facilitator, Person learner, List<Person> people) {
        ZonedDateTime today = now.atZone(ZONE).truncatedTo(ChronoUnit.DAYS);
        List<Person> attendees = new ArrayList<>(people.subList(0, Math.min(5, people.size())));
        attendees.add(0, learner);
        delivered(em, course, today.minusWeeks(3).withHour(9).withMinute(30), facilitator, attendees, now.minus(Duration.ofDays(50)));
        CourseSession yesterday = pastSession(em, course, today.minusDays(1).withHour(9).withMinute(30), facilitator);
        int placed = bookAll(em, yesterday, people.subList(5, Math.min(11, people.size())), now.minus(Duration.ofDays(30))).size();
        em.flush();
        takePlaces(em, yesterday, placed);
    }

    /**
     * A session of {@code course} starting at {@code start} that took place, facilitated by {@code facilitator}, with
     * {@code attendees} booked on {@code applied} and its register taken: the last did not come, the one before attended
     * in part, the others attended (with their learning records). Returns the bookings, in the attendees' order.
     */
    public static List<Booking> delivered(EntityManager em, Course course, ZonedDateTime start, Person facilitator, List<Person> attendees,
                                          Instant applied) {
        CourseSession delivered = pastSession(em, course, start, facilitator);
        List<Booking> booked = bookAll(em, delivered, attendees, applied);
        Instant marked = delivered.getEndsAt().plus(Duration.ofMinutes(20));
        for (int i = 0; i < booked.size(); i++) {
            Booking booking = booked.get(i);
            Attendance mark = i == booked.size() - 1 ? Attendance.DID_NOT_ATTEND : i == booked.size() - 2 ? Attendance.PARTIAL : Attendance.ATTENDED;
            int minutes = course.getDurationMinutes() / 2;
            booking.markAttendance(mark, minutes, marked, facilitator, ActorRole.FACILITATOR);
            if (mark != Attendance.DID_NOT_ATTEND) {
                BigDecimal hours = mark == Attendance.ATTENDED ? course.getCpdHours()
                        : course.getCpdHours().multiply(BigDecimal.valueOf(minutes))
                                .divide(BigDecimal.valueOf(course.getDurationMinutes()), 2, RoundingMode.HALF_UP);
                em.persist(new LearningRecord(booking.getPerson(), course, delivered, LocalDate.ofInstant(delivered.getStartsAt(), ZONE),
                        hours, mark == Attendance.ATTENDED ? LearningRecordKind.COMPLETED : LearningRecordKind.PARTIAL, facilitator, null));
            }
        }
        delivered.markDelivered();
        em.flush();
        takePlaces(em, delivered, booked.size());
        return booked;
    }

    /**
     * A session of a note-of-interest course whose booking window closed yesterday, with nine approved notes of
     * interest (needs stated or not) for its six places: the learning team's allocation to run and confirm.
     */
    public static void notesOfInterest(EntityManager em, Instant now, List<Person> people) {
        Course course = em.createQuery("select c from Course c where c.bookingMode = :mode and c.retired = false order by c.id",
                Course.class).setParameter("mode", BookingMode.NOTE_OF_INTEREST).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (course == null || people.size() < 20) {
            return;
        }
        ZonedDateTime start = now.atZone(ZONE).truncatedTo(ChronoUnit.DAYS).plusWeeks(3).withHour(9).withMinute(30);
        CourseSession session = new CourseSession(course, start.toInstant(), start.plusMinutes(course.getDurationMinutes()).toInstant(),
                6, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(1)));
        session.open();
        em.persist(session);
        NeedLevel[] needs = {NeedLevel.ESSENTIAL, null, NeedLevel.IMPORTANT, NeedLevel.ESSENTIAL, NeedLevel.DEVELOPMENT, null,
            NeedLevel.IMPORTANT, NeedLevel.ESSENTIAL, null};
        for (int n = 0; n < needs.length; n++) {
            Person person = people.get(people.size() - 1 - 2 * n);
            Instant applied = now.minus(Duration.ofDays(20)).plus(Duration.ofHours(5L * n));
            Booking booking = new Booking(session, person);
            booking.apply(applied, null, false);
            booking.stateNeed(needs[n]);
            booking.moveTo(BookingStatus.REQUESTED, applied, person, ActorRole.LEARNER, null);
            Person manager = person.getLineManager();
            booking.moveTo(BookingStatus.APPROVED, applied.plus(Duration.ofHours(2)), manager,
                    manager == null ? ActorRole.COORDINATOR : ActorRole.MANAGER, null);
            em.persist(booking);
        }
    }

    private static void takePlaces(EntityManager em, CourseSession session, int taken) {
        em.createQuery("update CourseSession s set s.placesTaken = :taken where s.id = :id")
                .setParameter("taken", taken).setParameter("id", session.getId()).executeUpdate();
    }

    private static CourseSession pastSession(EntityManager em, Course course, ZonedDateTime start, Person facilitator) {
        CourseSession session = new CourseSession(course, start.toInstant(), start.plusMinutes(course.getDurationMinutes()).toInstant(),
                course.getDefaultCapacity(), start.minusWeeks(10).toInstant(), start.minusDays(2).toInstant());
        session.open();
        session.setFacilitators(List.of(facilitator));
        em.persist(session);
        return session;
    }

    private static List<Booking> bookAll(EntityManager em, CourseSession session, List<Person> people, Instant applied) {
        List<Booking> booked = new ArrayList<>();
        for (Person person : people) {
            Booking booking = new Booking(session, person);
            booking.apply(applied, null, false);
            booking.moveTo(BookingStatus.REQUESTED, applied, person, ActorRole.LEARNER, null);
            Person manager = person.getLineManager();
            booking.moveTo(BookingStatus.CONFIRMED, applied.plus(Duration.ofHours(3)), manager,
                    manager == null ? ActorRole.COORDINATOR : ActorRole.MANAGER, null);
            em.persist(booking);
            booked.add(booking);
        }
        return booked;
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
