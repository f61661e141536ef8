package org.learningnetwork.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.learningnetwork.platform.SharedCache;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Strand;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * A course in the catalogue: what it teaches (learning outcomes, strands), for whom (target workforce
 * groups), how (delivery mode, duration, CPD hours), what must come first (prerequisites), what it costs,
 * and how places are given (booking mode).
 *
 * <p>Invariants: a course targets at least one workforce group; a course is free unless a cost is set;
 * prerequisites never form a cycle; a retired course keeps its sessions and history but takes no new ones.
 */
@Entity
@Table(name = "course")
@Cacheable
@Cache(expiry = SharedCache.EXPIRY_MILLIS, size = SharedCache.SIZE)
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{course.title.required}")
    @Size(max = 200, message = "{course.title.size}")
    private String title;

    @NotBlank(message = "{course.summary.required}")
    @Size(max = 4000, message = "{course.summary.size}")
    private String summary;

    @NotNull(message = "{course.deliveryMode.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    private DeliveryMode deliveryMode;

    @NotNull(message = "{course.durationMinutes.positive}")
    @Min(value = 1, message = "{course.durationMinutes.positive}")
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @NotNull(message = "{course.cpdHours.required}")
    @DecimalMin(value = "0", message = "{course.cpdHours.notNegative}")
    @Column(name = "cpd_hours")
    private BigDecimal cpdHours = BigDecimal.ZERO;

    @Min(value = 0, message = "{course.cost.notNegative}")
    @Column(name = "cost_pence")
    private Integer costPence;

    @Size(max = 300, message = "{course.costNote.size}")
    @Column(name = "cost_note")
    private String costNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_basis")
    private CostBasis costBasis;

    @Column(name = "cost_committee_code")
    private String costCommittee;

    @Column(name = "cost_agreed_on")
    private LocalDate costAgreedOn;

    @Column(name = "cost_approved_on")
    private LocalDate costApprovedOn;

    @NotBlank(message = "{course.provider.required}")
    @Size(max = 200, message = "{course.provider.size}")
    private String provider;

    @NotNull(message = "{course.bookingMode.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode")
    private BookingMode bookingMode = BookingMode.FIRST_COME;

    @Min(value = 1, message = "{course.defaultCapacity.positive}")
    @Column(name = "default_capacity")
    private int defaultCapacity = 20;

    private boolean retired;

    /** What to read or do before the course (sent with the confirmation and the reminders). */
    @Size(max = 1000, message = "{course.preparation.size}")
    private String preparation;

    /** How long the preparation takes, in minutes. */
    @Min(value = 1, message = "{course.preparationMinutes.range}")
    @jakarta.validation.constraints.Max(value = 600, message = "{course.preparationMinutes.range}")
    @Column(name = "preparation_minutes")
    private Integer preparationMinutes;

    /**
     * Whether a request for a place waits for the line manager's approval (the learning team's, for someone without
     * one); when not, a first-come place is taken at once and a note of interest goes straight to the allocation.
     */
    @Column(name = "approval_required")
    private boolean approvalRequired = true;

    /** Whether the subject can be traumatic to learn about: those who attended are pointed to wellbeing support. */
    @Column(name = "wellbeing_support")
    private boolean wellbeingSupport;

    /** Whether completing it trains a person to facilitate action-learning sets (the facilitation course). */
    @Column(name = "trains_facilitators")
    private boolean trainsFacilitators;

    /** The start of the next session that is not cancelled; kept by {@link NextSessions}, never written here. */
    @Column(name = "next_starts_at", insertable = false, updatable = false)
    private Instant nextStartsAt;

    /** When its learners and their line managers are asked about changes to practice: follow-up codes, comma-separated. */
    @Column(name = "follow_ups")
    private String followUps = FollowUp.DEFAULT.code();

    @ManyToMany
    @JoinTable(name = "course_strand", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "strand_code"))
    private Set<Strand> strands = new LinkedHashSet<>();

    @NotEmpty(message = "{course.targetGroups.required}")
    @ManyToMany
    @JoinTable(name = "course_workforce_group", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "workforce_group_id"))
    private Set<WorkforceGroup> targetGroups = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Course> prerequisites = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "course_guidance", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "guidance_id"))
    private Set<Guidance> guidance = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_outcome", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<@NotBlank(message = "{course.outcome.required}") @Size(max = 500, message = "{course.outcome.size}") String> outcomes = new ArrayList<>();


    public Course() {
    }

    public Course(String title, String summary, DeliveryMode deliveryMode, int durationMinutes, String provider) {
        setTitle(title);
        setSummary(summary);
        this.deliveryMode = deliveryMode;
        this.durationMinutes = durationMinutes;
        setProvider(provider);
    }

    /**
     * Whether making {@code candidate} a prerequisite of this course would close a loop: the candidate is
     * this course, or already needs this course somewhere among its own prerequisites.
     */
    public boolean wouldCycleWith(Course candidate) {
        Deque<Course> toVisit = new ArrayDeque<>(List.of(candidate));
        Set<Course> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Course next = toVisit.pop();
            if (next == this || (id != null && id.equals(next.id))) {
                return true;
            }
            if (seen.add(next)) {
                toVisit.addAll(next.prerequisites);
            }
        }
        return false;
    }

    /** Loads the collections a course page or edit form shows, while the course is still managed. */
    void loadDetails() {
        strands.size();
        targetGroups.size();
        prerequisites.size();
        outcomes.size();
        guidance.size();
    }

    public boolean isFree() {
        return costPence == null || costPence == 0;
    }

    /** The cost as recorded, for {@link CostRules}. */
    public CostRules.Cost getCost() {
        return new CostRules.Cost(costPence, costBasis, costCommittee, costAgreedOn, costApprovedOn);
    }

    /** Whether the course may be booked as far as its cost goes: free, or its cost agreed and approved. */
    public boolean isCostApproved() {
        return CostRules.approved(getCost());
    }

    /** Who pays, when the course has a cost. */
    public CostBasis getCostBasis() {
        return costBasis;
    }

    public void setCostBasis(CostBasis costBasis) {
        this.costBasis = costBasis;
    }

    /** The code of the committee that agreed the cost. */
    public String getCostCommittee() {
        return costCommittee;
    }

    public void setCostCommittee(String costCommittee) {
        this.costCommittee = Text.clean(costCommittee);
    }

    public LocalDate getCostAgreedOn() {
        return costAgreedOn;
    }

    public void setCostAgreedOn(LocalDate costAgreedOn) {
        this.costAgreedOn = costAgreedOn;
    }

    /** When the Chief Officers Group approved the cost. */
    public LocalDate getCostApprovedOn() {
        return costApprovedOn;
    }

    public void setCostApprovedOn(LocalDate costApprovedOn) {
        this.costApprovedOn = costApprovedOn;
    }

    /** What the course answers to, by kind then title. */
    public List<Guidance> getGuidance() {
        return guidance.stream().sorted(java.util.Comparator.comparing(Guidance::getKind).thenComparing(Guidance::getTitle)).toList();
    }

    public void setGuidance(Collection<Guidance> guidance) {
        this.guidance.clear();
        this.guidance.addAll(guidance);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.clean(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    /** Minutes; {@code null} only on a new course before it is typed. */
    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public BigDecimal getCpdHours() {
        return cpdHours;
    }

    public void setCpdHours(BigDecimal cpdHours) {
        this.cpdHours = cpdHours;
    }

    /** The follow-ups after each session, soonest first (none: nobody is asked about practice). */
    public List<FollowUp> getFollowUps() {
        return FollowUp.parse(followUps);
    }

    public void setFollowUps(Collection<FollowUp> followUps) {
        this.followUps = FollowUp.format(followUps);
    }

    /** The cost per place in pence; {@code null} when the course is free (the default). */
    public Integer getCostPence() {
        return costPence;
    }

    public void setCostPence(Integer costPence) {
        this.costPence = costPence == null || costPence == 0 ? null : costPence;
    }

    public String getCostNote() {
        return costNote;
    }

    public void setCostNote(String costNote) {
        this.costNote = Text.clean(costNote);
    }

    public String getPreparation() {
        return preparation;
    }

    public void setPreparation(String preparation) {
        this.preparation = preparation == null || preparation.isBlank() ? null : preparation.strip();
    }

    public Integer getPreparationMinutes() {
        return preparationMinutes;
    }

    public void setPreparationMinutes(Integer preparationMinutes) {
        this.preparationMinutes = preparationMinutes;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public boolean isWellbeingSupport() {
        return wellbeingSupport;
    }

    public void setWellbeingSupport(boolean wellbeingSupport) {
        this.wellbeingSupport = wellbeingSupport;
    }

    public boolean isTrainsFacilitators() {
        return trainsFacilitators;
    }

    public void setTrainsFacilitators(boolean trainsFacilitators) {
        this.trainsFacilitators = trainsFacilitators;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = Text.clean(provider);
    }

    public BookingMode getBookingMode() {
        return bookingMode;
    }

    public void setBookingMode(BookingMode bookingMode) {
        this.bookingMode = bookingMode;
    }

    public int getDefaultCapacity() {
        return defaultCapacity;
    }

    public void setDefaultCapacity(int defaultCapacity) {
        this.defaultCapacity = defaultCapacity;
    }

    /** When the course's next session starts (as last kept), or {@code null} if none is planned. */
    public Instant getNextStartsAt() {
        return nextStartsAt;
    }

    public boolean isRetired() {
        return retired;
    }

    public void retire() {
        retired = true;
    }

    public Set<Strand> getStrands() {
        return Collections.unmodifiableSet(strands);
    }

    public void setStrands(Collection<Strand> strands) {
        this.strands.clear();
        this.strands.addAll(strands);
    }

    public Set<WorkforceGroup> getTargetGroups() {
        return Collections.unmodifiableSet(targetGroups);
    }

    public void setTargetGroups(Collection<WorkforceGroup> groups) {
        this.targetGroups.clear();
        this.targetGroups.addAll(groups);
    }

    public Set<Course> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    /** @throws IllegalArgumentException if a prerequisite would make a cycle (check with {@link #wouldCycleWith}) */
    public void setPrerequisites(Collection<Course> courses) {
        for (Course course : courses) {
            if (wouldCycleWith(course)) {
                throw new IllegalArgumentException("Prerequisites must not form a cycle");
            }
        }
        this.prerequisites.clear();
        this.prerequisites.addAll(courses);
    }

    public List<String> getOutcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes.clear();
        outcomes.stream().map(Text::clean).filter(o -> o != null).forEach(this.outcomes::add);
    }

}
