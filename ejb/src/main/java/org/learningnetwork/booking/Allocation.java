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
public class Allocation {

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
        return em.createQuery("select count(a) from Allocation a where a.session = :session and a.status = :confirmed", Long.class)
                .setParameter("session", session).setParameter("confirmed", AllocationStatus.CONFIRMED).getSingleResult() > 0;
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
