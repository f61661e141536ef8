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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * One applicant in an allocation: the facts it weighed (as they were when it ran), their place in the priority
 * order, their tie-break number, the outcome, and whether the learning team changed it (who, when, why).
 */
@Entity
@Table(name = "allocation_line")
@NamedQuery(name = AllocationLine.OF_ALLOCATION, query = "select l from AllocationLine l join fetch l.booking b join fetch b.person p"
        + " join fetch l.organisation left join fetch l.workforceGroup where l.allocation = :allocation")
public class AllocationLine {

    /** An allocation's lines with their bookings, people, organisations and groups. */
    public static final String OF_ALLOCATION = "AllocationLine.ofAllocation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_line_seq")
    @SequenceGenerator(name = "allocation_line_seq", sequenceName = "allocation_line_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "allocation_id")
    private Allocation allocation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @Column(name = "rank_in_order")
    private int rank;

    @Column(name = "tie_break")
    private int tieBreak;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;

    @Column(name = "prerequisites_recent")
    private boolean prerequisitesRecent;

    @Column(name = "placed_before")
    private boolean placedBefore;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "workforce_group_id")
    private WorkforceGroup workforceGroup;

    @Enumerated(EnumType.STRING)
    private AllocationOutcome outcome;

    /** Whether the person gets a place on confirmation: the outcome, unless the learning team changed it. */
    private boolean placed;

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @ManyToOne
    @JoinColumn(name = "adjusted_by_person_id")
    private Person adjustedBy;

    @Column(name = "adjustment_reason")
    private String adjustmentReason;

    protected AllocationLine() {
    }

    AllocationLine(Allocation allocation, Booking booking, Allocator.Result result, Organisation organisation,
                   WorkforceGroup workforceGroup) {
        this.allocation = allocation;
        this.booking = booking;
        this.rank = result.rank();
        this.tieBreak = result.tieBreak();
        this.needLevel = result.candidate().need();
        this.prerequisitesRecent = result.candidate().prerequisitesRecent();
        this.placedBefore = result.candidate().placedBefore();
        this.organisation = organisation;
        this.workforceGroup = workforceGroup;
        this.outcome = result.outcome();
        this.placed = result.outcome().isPlaced();
    }

    /** The learning team places or unplaces this applicant, saying why. */
    void adjust(boolean place, Instant now, Person by, String reason) {
        placed = place;
        adjustedAt = now;
        adjustedBy = by;
        adjustmentReason = reason;
    }

    /** Whether the learning team changed what the rules decided. */
    public boolean isAdjusted() {
        return placed != outcome.isPlaced();
    }

    public Long getId() {
        return id;
    }

    public Allocation getAllocation() {
        return allocation;
    }

    public Booking getBooking() {
        return booking;
    }

    public int getRank() {
        return rank;
    }

    public int getTieBreak() {
        return tieBreak;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public boolean isPrerequisitesRecent() {
        return prerequisitesRecent;
    }

    public boolean isPlacedBefore() {
        return placedBefore;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public WorkforceGroup getWorkforceGroup() {
        return workforceGroup;
    }

    public AllocationOutcome getOutcome() {
        return outcome;
    }

    public boolean isPlaced() {
        return placed;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }

    public Person getAdjustedBy() {
        return adjustedBy;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }
}
