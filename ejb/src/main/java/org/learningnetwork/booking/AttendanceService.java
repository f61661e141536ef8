package org.learningnetwork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.security.Callers;

/**
 * The register of a session, taken by one of its facilitators or by the learning team once the session has
 * started: each confirmed learner attended, attended part of it (for how many minutes) or did not attend.
 * Attending makes a learning record with the course's CPD hours, attending part a partial record with a
 * share of them; a corrected mark corrects the record. The learner's certificate of attendance is made
 * from the record.
 */
@Stateless
@RolesAllowed({Roles.FACILITATOR, Roles.COORDINATOR, Roles.ADMIN})
public class AttendanceService {

    private static final ZoneId ZONE = Installation.zone();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private Event<AttendanceMarked> marked;

    @Inject
    private Event<RegisterComplete> complete;

    /** How far back and ahead a facilitator's list of registers reaches. */
    public static final int REGISTERS_DAYS_BACK = 60;
    public static final int REGISTERS_DAYS_AHEAD = 30;

    /** The sessions the signed-in facilitator runs from two months ago to a month ahead, soonest first. */
    @RolesAllowed(Roles.FACILITATOR)
    public List<CourseSession> mySessions() {
        Instant now = clock.instant();
        return caller().map(me -> em.createQuery("select s from CourseSession s join fetch s.course join s.facilitators f"
                                + " where f = :me and s.startsAt >= :from and s.startsAt < :to and s.status <> :cancelled"
                                + " order by s.startsAt", CourseSession.class)
                        .setParameter("me", me).setParameter("from", now.minus(Duration.ofDays(REGISTERS_DAYS_BACK)))
                        .setParameter("to", now.plus(Duration.ofDays(REGISTERS_DAYS_AHEAD)))
                        .setParameter("cancelled", SessionStatus.CANCELLED).getResultList())
                .orElse(List.of());
    }

    /** A session on a facilitator's list, with how far its register is taken: the confirmed learners, and those marked. */
    public record RegisterProgress(CourseSession session, long confirmed, long marked) {

        /** Whether everyone confirmed has a mark (a session nobody is booked on has nothing to take). */
        public boolean isDone() {
            return confirmed > 0 && marked == confirmed;
        }

        /** Whether some, not all, are marked. */
        public boolean isStarted() {
            return marked > 0 && marked < confirmed;
        }
    }

    /** {@link #mySessions()}, each with how far its register is taken. */
    @RolesAllowed(Roles.FACILITATOR)
    public List<RegisterProgress> myRegisters() {
        List<CourseSession> sessions = mySessions();
        if (sessions.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select b.session.id, count(b), sum(case when b.attendance is null then 0 else 1 end)"
                        + " from Booking b where b.session in :sessions and b.status = :confirmed group by b.session.id", Object[].class)
                .setParameter("sessions", sessions).setParameter("confirmed", BookingStatus.CONFIRMED).getResultList()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return sessions.stream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            return new RegisterProgress(s, c[0], c[1]);
        }).toList();
    }

    /** The session, for the register's heading, if the caller may take its register. */
    public CourseSession session(long sessionId) throws NotFoundException, RejectedException {
        CourseSession session = find(sessionId);
        capacity(session, caller().orElse(null));
        return session;
    }

    /** The confirmed learners of the session with their marks so far, by name. */
    public List<Booking> register(long sessionId) throws NotFoundException, RejectedException {
        return confirmed(session(sessionId));
    }

    /**
     * Records the marks given (lines without a mark are left as they are). Refused, with every problem and
     * nothing saved, before the session starts, for a cancelled session, for a booking that is not a
     * confirmed place on this session, or for a part attendance without minutes between 1 and the course's
     * length less one. When every confirmed learner has a mark, the session is delivered.
     */
    public void record(long sessionId, @NotNull List<AttendanceMark> marks) throws NotFoundException, RejectedException {
        CourseSession session = find(sessionId);
        Person me = caller().orElse(null);
        ActorRole role = capacity(session, me);
        Instant now = clock.instant();
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RejectedException(null, "attendance.cancelled");
        }
        if (now.isBefore(session.getStartsAt())) {
            throw new RejectedException(null, "attendance.notStarted");
        }
        Map<Long, Booking> confirmed = confirmed(session).stream().collect(Collectors.toMap(Booking::getId, Function.identity()));
        int duration = session.getCourse().getDurationMinutes();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            AttendanceMark mark = marks.get(i);
            if (!confirmed.containsKey(mark.bookingId())) {
                problems.add(new Problem(null, "attendance.notBooked"));
            } else if (mark.attendance() == Attendance.PARTIAL
                    && (mark.minutes() == null || mark.minutes() < 1 || mark.minutes() >= duration)) {
                problems.add(new Problem("marks:" + i + ":minutes", "attendance.minutes.range"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        for (AttendanceMark mark : marks) {
            if (mark.attendance() != null) {
                Booking booking = confirmed.get(mark.bookingId());
                booking.markAttendance(mark.attendance(), mark.minutes(), now, me, role);
                keepRecord(booking, me);
                marked.fire(new AttendanceMarked(booking.getId()));
            }
        }
        if (confirmed.values().stream().allMatch(b -> b.getAttendance() != null)) {
            session.markDelivered();
            complete.fire(new RegisterComplete(session.getId()));
        }
    }

    private CourseSession find(long sessionId) throws NotFoundException {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return session;
    }

    private List<Booking> confirmed(CourseSession session) {
        return em.createQuery("select b from Booking b join fetch b.person p join fetch p.organisation where b.session = :session"
                        + " and b.status = :confirmed order by p.familyName, p.givenName, b.id", Booking.class)
                .setParameter("session", session).setParameter("confirmed", BookingStatus.CONFIRMED).getResultList();
    }

    /** The learning record that goes with a booking's mark: made, corrected, or removed for did not attend. */
    private void keepRecord(Booking booking, Person recorder) {
        LearningRecord existing = em.createQuery("select r from LearningRecord r where r.person = :person and r.session = :session",
                        LearningRecord.class)
                .setParameter("person", booking.getPerson()).setParameter("session", booking.getSession())
                .getResultStream().findFirst().orElse(null);
        if (booking.getAttendance() == Attendance.DID_NOT_ATTEND) {
            if (existing != null) {
                em.remove(existing);
            }
            return;
        }
        Course course = booking.getSession().getCourse();
        LearningRecordKind kind = booking.getAttendance() == Attendance.ATTENDED ? LearningRecordKind.COMPLETED : LearningRecordKind.PARTIAL;
        BigDecimal hours = kind == LearningRecordKind.COMPLETED ? course.getCpdHours()
                : course.getCpdHours().multiply(BigDecimal.valueOf(booking.getAttendedMinutes()))
                        .divide(BigDecimal.valueOf(course.getDurationMinutes()), 2, RoundingMode.HALF_UP);
        if (existing == null) {
            em.persist(new LearningRecord(booking.getPerson(), course, booking.getSession(),
                    LocalDate.ofInstant(booking.getSession().getStartsAt(), ZONE), hours, kind, recorder, null));
        } else {
            existing.correct(kind, hours, recorder);
        }
    }

    /** In what capacity the caller takes this session's register; refused for a facilitator of other sessions. */
    private ActorRole capacity(CourseSession session, Person me) throws RejectedException {
        if (context.isCallerInRole(Roles.COORDINATOR) || context.isCallerInRole(Roles.ADMIN)) {
            return ActorRole.COORDINATOR;
        }
        if (me == null || session.getFacilitators().stream().noneMatch(f -> f.getId().equals(me.getId()))) {
            throw new RejectedException(null, "attendance.notFacilitator");
        }
        return ActorRole.FACILITATOR;
    }

    /** The caller's person (a learning team account may have none). */
    private Optional<Person> caller() {
        return Callers.person(em, context.getCallerPrincipal());
    }
}
