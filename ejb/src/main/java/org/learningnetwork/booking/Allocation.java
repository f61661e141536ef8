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
 * One run of the allocation of a note-of-interest session's places: its seed and quotas, who ran it (nobody for
 * the automatic run when the booking window closes) and, per applicant, the facts weighed and the outcome.
 */
@Entity
@Table(name = "allocation")
@NamedQuery(name = Allocation.LATEST, query = "select a from Allocation a where a.session.id = :session and a.status <> :superseded"
        + " order by a.runAt desc, a.id desc")
@NamedQuery(name = Allocation.COUNT_WITH_STATUS,
        query = "select count(a) from Allocation a where a.session = :session and a.status = :status")
@NamedQuery(name = Allocation.COUNT_LIVE,
        query = "select count(a) from Allocation a where a.session = :session and a.status <> :superseded")
@NamedQuery(name = Allocation.SUPERSEDE_DRAFTS, query = "update Allocation a set a.status = :superseded, a.version = a.version + 1"
        + " where a.session = :session and a.status = :draft")
@NamedQuery(name = Allocation.DUE_SESSIONS, query = "select s.id from CourseSession s where s.course.bookingMode = :noi"
        + " and s.bookingClosesAt <= :now and s.startsAt > :now and s.status in :live"
        + " and exists (select b from Booking b where b.session = s and b.status = :approved)"
        + " and not exists (select a from Allocation a where a.session = s and a.status <> :superseded)")
public class Allocation {

    /** A session's ({@code :session}, an id) latest allocation that is not {@code :superseded}. */
    public static final String LATEST = "Allocation.latest";
    /** How many allocations of {@code :session} have {@code :status}. */
    public static final String COUNT_WITH_STATUS = "Allocation.countWithStatus";
    /** How many allocations of {@code :session} are not {@code :superseded}. */
    public static final String COUNT_LIVE = "Allocation.countLive";
    /** Marks {@code :session}'s {@code :draft} allocations {@code :superseded}. */
    public static final String SUPERSEDE_DRAFTS = "Allocation.supersedeDrafts";
    /**
     * The ids of note-of-interest ({@code :noi}) sessions whose window closed by {@code :now}, not started, with approved
     * notes and no live allocation.
     */
    public static final String DUE_SESSIONS = "Allocation.dueSessions";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
    @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Enumerated(EnumType.STRING)
    private AllocationStatus status = AllocationStatus.DRAFT;

    private long seed;

    /** The most places one agency may have, as a share (per cent) of the places. */
    @Column(name = "agency_share")
    private int agencyShare;

    /** The most places one workforce group may have, as a share (per cent) of the places. */
    @Column(name = "group_share")
    private int groupShare;

    /** The places there were to allocate. */
    private int places;

    @Column(name = "run_at")
    private Instant runAt;

    @ManyToOne
    @JoinColumn(name = "run_by_person_id")
    private Person runBy;

    /** Run by the application when the booking window closed, not by someone. */
    private boolean automatic;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ManyToOne
    @JoinColumn(name = "confirmed_by_person_id")
    private Person confirmedBy;

    @OneToMany(mappedBy = "allocation", cascade = CascadeType.PERSIST)
    @OrderBy("rank")
    private List<AllocationLine> lines = new ArrayList<>();

    protected Allocation() {
    }

    Allocation(CourseSession session, long seed, int agencyShare, int groupShare, int places, Instant runAt, Person runBy,
               boolean automatic) {
        this.automatic = automatic;
        this.session = session;
        this.seed = seed;
        this.agencyShare = agencyShare;
        this.groupShare = groupShare;
        this.places = places;
        this.runAt = runAt;
        this.runBy = runBy;
    }

    /** Whether the session's places have been allocated: an allocation of it is confirmed. */
    static boolean confirmedFor(jakarta.persistence.EntityManager em, CourseSession session) {
        return em.createNamedQuery(COUNT_WITH_STATUS, Long.class).setParameter("session", session)
                .setParameter("status", AllocationStatus.CONFIRMED).getSingleResult() > 0;
    }

    void add(AllocationLine line) {
        lines.add(line);
    }

    void confirm(Instant now, Person by) {
        status = AllocationStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
    }

    void supersede() {
        status = AllocationStatus.SUPERSEDED;
    }

    /** How many the allocation now places, adjustments included. */
    public long getPlacedCount() {
        return lines.stream().filter(AllocationLine::isPlaced).count();
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

    public AllocationStatus getStatus() {
        return status;
    }

    public long getSeed() {
        return seed;
    }

    public int getAgencyShare() {
        return agencyShare;
    }

    public int getGroupShare() {
        return groupShare;
    }

    public int getPlaces() {
        return places;
    }

    public int getAgencyCap() {
        return Allocator.cap(places, agencyShare);
    }

    public int getGroupCap() {
        return Allocator.cap(places, groupShare);
    }

    public Instant getRunAt() {
        return runAt;
    }

    public Person getRunBy() {
        return runBy;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Person getConfirmedBy() {
        return confirmedBy;
    }

    /** Everyone considered, in priority order. */
    public List<AllocationLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
