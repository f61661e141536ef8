package org.learningnetwork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.learningnetwork.people.Person;

/** One change of a booking's state: who (and in what capacity), when, to what, and why. Never changed. */
@Entity
@Table(name = "booking_event")
public class BookingEvent {

    /** Reasons the application records for its own changes (shown from the message bundle). */
    public static final String REASON_OFFER_EXPIRED = "offer.expired";
    public static final String REASON_OFFER_REFUSED = "offer.refused";
    public static final String REASON_SESSION_CANCELLED = "session.cancelled";
    public static final String REASON_PLACE_FREED = "place.freed";
    public static final String REASON_BOOKED_ON_BEHALF = "booked.onBehalf";
    public static final String REASON_BOOKED_NAMED = "booked.named";
    /** A place (or the allocation) at once: the course needs no approval. */
    public static final String REASON_NO_APPROVAL = "booked.noApproval";

    /**
     * The reasons the application itself records, as codes: every other reason is text someone typed, which the
     * retention rules remove in time.
     */
    public static final Set<String> REASON_CODES = reasonCodes();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_event_seq")
    @SequenceGenerator(name = "booking_event_seq", sequenceName = "booking_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @ManyToOne
    @JoinColumn(name = "actor_person_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    private ActorRole actorRole;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    private String reason;

    protected BookingEvent() {
    }

    BookingEvent(Booking booking, Instant occurredAt, Person actor, ActorRole actorRole, BookingStatus status, String reason) {
        this.booking = booking;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.status = status;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Booking getBooking() {
        return booking;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** Who made the change, or {@code null} for the application itself or a manager by link. */
    public Person getActor() {
        return actor;
    }

    public ActorRole getActorRole() {
        return actorRole;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    /** The reason recorded for an attendance mark. */
    static String attendanceReason(Attendance mark) {
        return "attendance." + mark.name().toLowerCase(Locale.ROOT);
    }

    private static Set<String> reasonCodes() {
        Set<String> codes = new TreeSet<>(Set.of(REASON_OFFER_EXPIRED, REASON_OFFER_REFUSED,
                REASON_SESSION_CANCELLED, REASON_PLACE_FREED, REASON_BOOKED_ON_BEHALF, REASON_BOOKED_NAMED, REASON_NO_APPROVAL,
                AllocationService.REASON_PLACED,
                AllocationService.REASON_WAITLISTED));
        for (Attendance mark : Attendance.values()) {
            codes.add(attendanceReason(mark));
        }
        return Set.copyOf(codes);
    }
}
