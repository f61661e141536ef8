package org.learningnetwork.booking;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;

/**
 * A person's booking on a session, from the application to attendance. One per person and session:
 * applying again after a cancellation or a decline reuses it, so its history stays in one place. Every
 * change of status is recorded as a {@link BookingEvent} (who, when, why).
 */
@Entity
@Table(name = "booking")
@NamedQuery(name = Booking.OF_PERSON_ON_SESSION, query = "select b from Booking b where b.session = :session and b.person = :person")
@NamedQuery(name = Booking.ON_SESSION, query = "select b from Booking b where b.session = :session")
@NamedQuery(name = Booking.WAITING_LIST, query = "select b from Booking b join b.person p where b.session = :session"
        + " and b.status = :waitlisted and p.active = :active order by b.queuedAt, b.id")
@NamedQuery(name = Booking.EXPIRED_OFFERS, query = "select b.id from Booking b where b.status = :offered and b.offerExpiresAt <= :now")
@NamedQuery(name = Booking.MINE, query = "select new org.learningnetwork.booking.MyBookingLine(b.id, s.id, c.id, c.title,"
        + " s.startsAt, b.status, b.appliedAt, b.offerExpiresAt, b.lateCancellation) from Booking b join b.session s"
        + " join s.course c where b.person.id = :me order by s.startsAt desc, b.id")
@NamedQuery(name = Booking.AWAITING_APPROVAL, query = "select b from Booking b join fetch b.session s join fetch s.course"
        + " join fetch b.person p where p.lineManager.id = :me and b.status = :requested order by b.appliedAt, b.id")
@NamedQuery(name = Booking.OF_TEAM, query = "select new org.learningnetwork.booking.TeamBookingLine(b.id, p.id, p.givenName,"
        + " p.familyName, s.id, c.id, c.title, s.startsAt, b.status, b.lateCancellation, b.attendance) from Booking b"
        + " join b.session s join s.course c join b.person p"
        + " where p.lineManager.id = :me and s.startsAt >= :since order by s.startsAt desc, p.familyName, p.givenName, b.id")
@NamedQuery(name = Booking.APPROVED_ON_SESSION, query = "select b from Booking b join fetch b.person p where b.session = :session"
        + " and b.status = :approved and p.active = :active order by b.id")
@NamedQuery(name = Booking.PLACED_BEFORE, query = "select distinct b.person.id from Booking b where b.session.course = :course"
        + " and b.session <> :session and (b.status = :confirmed or b.attendance is not null)")
@NamedQuery(name = Booking.ROSTER, query = "select b from Booking b join fetch b.person p where b.session.id = :session"
        + " order by b.status, b.queuedAt, p.familyName, p.givenName, b.id")
@NamedQuery(name = Booking.ROSTER_LINES, query = "select new org.learningnetwork.booking.RosterLine(b.id, p.givenName,"
        + " p.familyName, o.name, b.status, b.lateCancellation, b.appliedAt, b.adjustments) from Booking b join b.person p"
        + " join p.organisation o where b.session.id = :session"
        + " order by b.status, b.queuedAt, p.familyName, p.givenName, b.id")
public class Booking {

    /** A person's booking on a session (there is at most one): {@code :session}, {@code :person}. */
    public static final String OF_PERSON_ON_SESSION = "Booking.ofPersonOnSession";
    /** Every booking on a session: {@code :session}. */
    public static final String ON_SESSION = "Booking.onSession";
    /** The active people waiting for a place on {@code :session}, in the list's order. */
    public static final String WAITING_LIST = "Booking.waitingList";
    /** The ids of offers {@code :offered} that expired by {@code :now}. */
    public static final String EXPIRED_OFFERS = "Booking.expiredOffers";
    /** A learner's bookings ({@code :me}, the person's id), the latest session first. */
    public static final String MINE = "Booking.mine";
    /** Requests from a manager's ({@code :me}, their person's id) staff waiting for approval, oldest first. */
    public static final String AWAITING_APPROVAL = "Booking.awaitingApproval";
    /** Bookings of a manager's ({@code :me}, their person's id) staff on sessions from {@code :since}, the latest session first. */
    public static final String OF_TEAM = "Booking.ofTeam";
    /** The active people's {@code :approved} notes of interest on {@code :session}, in the order they were made. */
    public static final String APPROVED_ON_SESSION = "Booking.approvedOnSession";
    /** The ids of people who had a place on {@code :course} at another session than {@code :session}. */
    public static final String PLACED_BEFORE = "Booking.placedBefore";
    /** Everyone booked on {@code :session} (an id): waiting list in its order, then the rest by name. */
    public static final String ROSTER = "Booking.roster";
    /** The same roster as {@link #ROSTER}, as the roster page shows it ({@link RosterLine}): {@code :session}. */
    public static final String ROSTER_LINES = "Booking.rosterLines";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    @Column(name = "applied_at")
    private Instant appliedAt;

    /** The learning need the learner or their manager gave: it weighs in an allocation. */
    private String need;

    /**
     * What the learner needs to take part: access, dietary or other reasonable adjustments. Seen by the learning team
     * and the session's facilitators; cleared a month after the session (retention rule BOOKING_ADJUSTMENTS).
     */
    private String adjustments;

    /** How much the learner needs the course, as the line manager stated when approving (or booking on behalf). */
    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;

    /** The learner applied although the course is not aimed at their workforce group, having been told so. */
    @Column(name = "group_mismatch")
    private boolean groupMismatch;

    /** When the booking joined the waiting list: the list is served in this order. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "late_cancellation")
    private boolean lateCancellation;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "attended_minutes")
    private Integer attendedMinutes;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<BookingEvent> events = new ArrayList<>();

    protected Booking() {
    }

    Booking(CourseSession session, Person person) {
        this.session = session;
        this.person = person;
    }

    /** Starts (or starts again) the booking as a new application. */
    void apply(Instant now, String need, boolean groupMismatch) {
        apply(now, need, null, groupMismatch);
    }

    void apply(Instant now, String need, String adjustments, boolean groupMismatch) {
        this.appliedAt = now;
        this.need = need;
        this.adjustments = adjustments;
        this.needLevel = null;
        this.groupMismatch = groupMismatch;
        this.queuedAt = null;
        this.offerExpiresAt = null;
        this.lateCancellation = false;
        this.attendance = null;
        this.attendedMinutes = null;
    }

    /**
     * Moves to a new status and records who did it, when and why. Only the moves of {@link BookingStatus.Move} are
     * made: a service asks the move's {@code check} first, so another is a mistake in the code, not in the request.
     */
    void moveTo(BookingStatus next, Instant now, Person actor, ActorRole role, String reason) {
        if (!BookingStatus.canMove(status, next)) {
            throw new IllegalStateException("No move goes from " + status + " to " + next);
        }
        status = next;
        if (next == BookingStatus.WAITLISTED && queuedAt == null) {
            queuedAt = now;
        }
        if (next != BookingStatus.OFFERED) {
            offerExpiresAt = null;
        }
        events.add(new BookingEvent(this, now, actor, role, next, reason));
    }

    /** Records the register's mark for this (confirmed) learner, in the booking's history too. */
    void markAttendance(Attendance mark, Integer minutes, Instant now, Person actor, ActorRole role) {
        attendance = mark;
        attendedMinutes = mark == Attendance.PARTIAL ? minutes : null;
        events.add(new BookingEvent(this, now, actor, role, status, BookingEvent.attendanceReason(mark)));
    }

    void stateNeed(NeedLevel level) {
        needLevel = level;
    }

    /** Joins the waiting list at the given moment (an allocation queues those it did not place in its order). */
    void queueAt(Instant moment) {
        queuedAt = moment;
    }

    void offerUntil(Instant expiry) {
        offerExpiresAt = expiry;
    }

    void markLate() {
        lateCancellation = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CourseSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAdjustments() {
        return adjustments;
    }

    public String getNeed() {
        return need;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public boolean isGroupMismatch() {
        return groupMismatch;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Integer getAttendedMinutes() {
        return attendedMinutes;
    }

    /** The history, oldest first. */
    public List<BookingEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
