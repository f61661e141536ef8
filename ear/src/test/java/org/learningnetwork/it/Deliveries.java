package org.learningnetwork.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.learningnetwork.booking.Attendance;
import org.learningnetwork.booking.AttendanceMark;
import org.learningnetwork.booking.AttendanceService;
import org.learningnetwork.booking.Booking;
import org.learningnetwork.booking.BookingService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Test only: the setup many tests share — a course, a session of it, people booked on it, the session delivered and
 * its register marked — made through the services as the learning team makes it. The caller needs a signed-in
 * coordinator with a person ({@code TestData.signIn}).
 */
@Dependent
public class Deliveries {

    @Inject
    private CourseService courses;

    @Inject
    private BookingService bookings;

    @Inject
    private AttendanceService attendance;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    /**
     * An in-person course of {@code strand} for {@code group}, {@code minutes} long, three CPD hours unless
     * {@code details} says otherwise (outcomes, follow-ups, cost ...), saved by the learning team.
     */
    public Course course(String title, String strand, WorkforceGroup group, int minutes, Consumer<Course> details) throws Exception {
        Course course = new Course(title + " " + System.nanoTime(), "About", DeliveryMode.IN_PERSON, minutes, "Tayside");
        course.setCpdHours(new BigDecimal("3.0"));
        details.accept(course);
        return coordinator.call(() -> courses.save(course, Set.of(strand), Set.of(group.getId()), Set.of()));
    }

    /** A session of the course three days from now (on the hour), as long as the course, booking open since yesterday. */
    public CourseSession session(Course course, int places) throws Exception {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return coordinator.call(() -> courses.saveSession(new CourseSession(course, start,
                start.plus(Duration.ofMinutes(course.getDurationMinutes())), places, Instant.now().minus(Duration.ofDays(1)),
                start.minus(Duration.ofHours(1))), Set.of()));
    }

    /** The person booked on the session by the learning team: a place while there are places. */
    public Booking book(CourseSession session, Person person) throws Exception {
        return coordinator.call(() -> bookings.bookOnBehalf(session.getId(), person.getId(), null));
    }

    /** The session moved to have started {@code ago}, and its register marked by the learning team. */
    public void deliver(CourseSession session, Duration ago, AttendanceMark... marks) throws Exception {
        data.startedAgo(session.getId(), ago);
        mark(session, marks);
    }

    /** The register marked (or corrected) by the learning team. */
    public void mark(CourseSession session, AttendanceMark... marks) throws Exception {
        coordinator.call(() -> {
            attendance.record(session.getId(), List.of(marks));
            return null;
        });
    }

    public static AttendanceMark attended(Booking booking) {
        return new AttendanceMark(booking.getId(), Attendance.ATTENDED, null);
    }

    public static AttendanceMark partial(Booking booking, int minutes) {
        return new AttendanceMark(booking.getId(), Attendance.PARTIAL, minutes);
    }

    public static AttendanceMark didNotAttend(Booking booking) {
        return new AttendanceMark(booking.getId(), Attendance.DID_NOT_ATTEND, null);
    }
}
