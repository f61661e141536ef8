package org.learningnetwork.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/**
 * One delivery of a course: when (instants; shown in the council's time zone), where (a venue, or online joining
 * details that only confirmed learners see), how many places, who facilitates, and when booking is open.
 *
 * <p>Invariants: it ends after it starts; booking opens before it closes and closes no later than the
 * start; it has at least one place.
 */
@Entity
@Table(name = "course_session")
@NamedQuery(name = CourseSession.BOOKABLE, query = "select s from CourseSession s join fetch s.course c where s.status in :live"
        + " and c.retired = false and s.bookingOpensAt <= :now and s.bookingClosesAt > :now order by s.startsAt, c.title, s.id")
@NamedQuery(name = CourseSession.UPCOMING_OF_COURSES, query = "select s from CourseSession s join fetch s.course c where c.id in :courses"
        + " and s.status in :live and c.retired = false and s.bookingClosesAt > :now order by s.startsAt, s.id")
public class CourseSession {

    /** Sessions ({@code :live} statuses) taking applications at {@code :now}, the soonest first. */
    public static final String BOOKABLE = "CourseSession.bookable";
    /** Sessions ({@code :live} statuses) of the courses {@code :courses} (ids) still to close for applications at {@code :now}. */
    public static final String UPCOMING_OF_COURSES = "CourseSession.upcomingOfCourses";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
    @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @NotNull(message = "{session.startsAt.required}")
    @Column(name = "starts_at")
    private Instant startsAt;

    @NotNull(message = "{session.endsAt.required}")
    @Column(name = "ends_at")
    private Instant endsAt;

    @ManyToOne
    @JoinColumn(name = "venue_id")
    private Venue venue;

    /** The room at the venue, or {@code null} for the venue as a whole (or no venue). */
    @ManyToOne
    @JoinColumn(name = "room_id")
    private VenueRoom room;

    /** Held online, with joining details for those with a place; never at a venue. */
    private boolean online;

    @Size(max = 1000, message = "{session.joiningDetails.size}")
    @Column(name = "joining_details")
    private String joiningDetails;

    @Min(value = 1, message = "{session.capacity.positive}")
    private int capacity;

    @NotNull(message = "{session.bookingOpensAt.required}")
    @Column(name = "booking_opens_at")
    private Instant bookingOpensAt;

    @NotNull(message = "{session.bookingClosesAt.required}")
    @Column(name = "booking_closes_at")
    private Instant bookingClosesAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.PLANNED;

    @Size(max = 500, message = "{session.cancellationReason.size}")
    @Column(name = "cancellation_reason")
    private String cancellationReason;

    /** Confirmed places and places held by waiting-list offers; kept by the booking service, never written here. */
    @Column(name = "places_taken", insertable = false, updatable = false)
    private int placesTaken;

    @ManyToMany
    @JoinTable(name = "session_facilitator", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> facilitators = new LinkedHashSet<>();

    protected CourseSession() {
    }

    public CourseSession(Course course, Instant startsAt, Instant endsAt, int capacity,
                         Instant bookingOpensAt, Instant bookingClosesAt) {
        this.course = course;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.bookingOpensAt = bookingOpensAt;
        this.bookingClosesAt = bookingClosesAt;
    }

    /** The problems with this session's times and size, field by field; empty when it is consistent. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new Problem("endsAt", "session.endsAt.afterStart"));
        }
        if (bookingOpensAt != null && bookingClosesAt != null && !bookingClosesAt.isAfter(bookingOpensAt)) {
            problems.add(new Problem("bookingClosesAt", "session.bookingClosesAt.afterOpening"));
        }
        if (bookingClosesAt != null && startsAt != null && bookingClosesAt.isAfter(startsAt)) {
            problems.add(new Problem("bookingClosesAt", "session.bookingClosesAt.beforeStart"));
        }
        if (online && venue != null || room != null && !room.getVenue().equals(venue)) {
            problems.add(new Problem("place", "session.place.mixed"));
        } else if (room != null && capacity > room.getCapacity()) {
            problems.add(new Problem("capacity", "session.capacity.room",
                    List.of(room.getName(), Integer.toString(room.getCapacity()))));
        }
        return problems;
    }

    /** A copy of this session on new dates: same course, place, size and facilitators; times shifted alike. */
    public CourseSession copyStartingAt(Instant newStart) {
        Duration shift = Duration.between(startsAt, newStart);
        CourseSession copy = new CourseSession(course, newStart, endsAt.plus(shift), capacity,
                bookingOpensAt.plus(shift), bookingClosesAt.plus(shift));
        copy.venue = venue;
        copy.room = room;
        copy.online = online;
        copy.joiningDetails = joiningDetails;
        copy.facilitators.addAll(facilitators);
        return copy;
    }

    /**
     * Cancels the session, saying why.
     *
     * @throws RejectedException if there is no reason, or the session has already been delivered or cancelled
     */
    public void cancel(String reason) throws RejectedException {
        if (status == SessionStatus.DELIVERED) {
            throw new RejectedException(null, "session.cancel.delivered");
        }
        if (status == SessionStatus.CANCELLED) {
            throw new RejectedException(null, "session.cancel.already");
        }
        String cleaned = Text.clean(reason);
        if (cleaned == null) {
            throw new RejectedException("cancellationReason", "session.cancellationReason.required");
        }
        if (cleaned.length() > 500) {
            throw new RejectedException("cancellationReason", "session.cancellationReason.size");
        }
        cancellationReason = cleaned;
        status = SessionStatus.CANCELLED;
    }

    /** The register has been taken for everyone confirmed: the session has been delivered. */
    public void markDelivered() {
        if (status != SessionStatus.CANCELLED) {
            status = SessionStatus.DELIVERED;
        }
    }

    /**
     * Whether people can apply now: the session is planned or open (not closed by hand, cancelled or
     * delivered) and its booking window is open.
     */
    public boolean acceptsApplications(Instant now) {
        return (status == SessionStatus.PLANNED || status == SessionStatus.OPEN)
                && !now.isBefore(bookingOpensAt) && now.isBefore(bookingClosesAt);
    }

    /** Places nobody holds, as last read. */
    public int getPlacesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    /** Whether the learning team can still change the session: not once it is cancelled or delivered. */
    public boolean isChangeable() {
        return status != SessionStatus.CANCELLED && status != SessionStatus.DELIVERED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Course getCourse() {
        return course;
    }

    void setCourse(Course course) {
        this.course = course;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public Venue getVenue() {
        return venue;
    }

    public VenueRoom getRoom() {
        return room;
    }

    public boolean isOnline() {
        return online;
    }

    /** Where the session is: at a venue, online, or in person at a venue to be confirmed. */
    public Place getPlace() {
        return online ? Place.ONLINE : venue == null ? Place.TO_BE_CONFIRMED : Place.VENUE;
    }

    /** At this venue, in this room of it ({@code null} for the venue as a whole). */
    public void setVenue(Venue venue, VenueRoom room) {
        this.venue = venue;
        this.room = room;
        this.online = false;
    }

    /** At this venue as a whole; {@code null}: in person, the venue to be confirmed. */
    public void setVenue(Venue venue) {
        setVenue(venue, null);
    }

    /** Online: no venue. */
    public void setOnline() {
        this.venue = null;
        this.room = null;
        this.online = true;
    }

    /**
     * Where the session is, in words: the room, the venue and its address; or {@code online}, or {@code toBeConfirmed}
     * (the texts of the reader's language).
     */
    public String where(String online, String toBeConfirmed) {
        return switch (getPlace()) {
            case ONLINE -> online;
            case TO_BE_CONFIRMED -> toBeConfirmed;
            case VENUE -> (room == null ? "" : room.getName() + ", ") + venue.getName() + ", " + venue.getFullAddress();
        };
    }

    /** Where the session is, in a few words for a list: the venue and its town; or {@code online}, or {@code toBeConfirmed}. */
    public String whereBriefly(String online, String toBeConfirmed) {
        return switch (getPlace()) {
            case ONLINE -> online;
            case TO_BE_CONFIRMED -> toBeConfirmed;
            case VENUE -> venue.getName() + ", " + venue.getTown();
        };
    }

    public String getJoiningDetails() {
        return joiningDetails;
    }

    public void setJoiningDetails(String joiningDetails) {
        this.joiningDetails = Text.clean(joiningDetails);
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Instant getBookingOpensAt() {
        return bookingOpensAt;
    }

    public void setBookingOpensAt(Instant bookingOpensAt) {
        this.bookingOpensAt = bookingOpensAt;
    }

    public Instant getBookingClosesAt() {
        return bookingClosesAt;
    }

    public void setBookingClosesAt(Instant bookingClosesAt) {
        this.bookingClosesAt = bookingClosesAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void open() {
        status = SessionStatus.OPEN;
    }

    /**
     * Moves the session between planned, open for booking and closed; cancelling and delivery have their own
     * steps and cannot be set here.
     *
     * @throws IllegalArgumentException for {@link SessionStatus#CANCELLED} or {@link SessionStatus#DELIVERED}
     */
    public void setStatus(SessionStatus status) {
        if (!status.isSetByHand()) {
            throw new IllegalArgumentException("Use cancel() or the register for " + status);
        }
        this.status = status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Set<Person> getFacilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    public void setFacilitators(Collection<Person> people) {
        facilitators.clear();
        facilitators.addAll(people);
    }
}
