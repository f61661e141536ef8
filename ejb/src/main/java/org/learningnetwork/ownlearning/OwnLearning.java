package org.learningnetwork.ownlearning;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Strand;

/**
 * Learning a person recorded themselves: what, of what kind, where, on which day, for how many hours, what they
 * learned and their evidence. Their line manager may confirm it; the learning team may accept it as equivalent to a
 * course ({@link #getAcceptedRecord()}). Facilitating a session is recorded from the session's register
 * ({@link #getSession()}). Once confirmed or accepted, or when it comes from a register, the person can no longer
 * change or remove it.
 */
@Entity
@Table(name = "own_learning")
public class OwnLearning {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "own_learning_seq")
    @SequenceGenerator(name = "own_learning_seq", sequenceName = "own_learning_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull(message = "{own.kind.required}")
    @Enumerated(EnumType.STRING)
    private OwnLearningKind kind;

    @NotBlank(message = "{own.title.required}")
    @Size(max = 200, message = "{own.title.size}")
    private String title;

    @Size(max = 200, message = "{own.provider.size}")
    private String provider;

    @NotNull(message = "{own.doneOn.required}")
    @Column(name = "done_on")
    private LocalDate doneOn;

    @NotNull(message = "{own.hours.required}")
    @DecimalMin(value = "0.25", message = "{own.hours.range}")
    @DecimalMax(value = "999", message = "{own.hours.range}")
    private BigDecimal hours;

    @Size(max = 2000, message = "{own.learned.size}")
    private String learned;

    @Size(max = 500, message = "{own.evidence.size}")
    private String evidence;

    @ManyToOne
    @JoinColumn(name = "strand_code")
    private Strand strand;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ManyToOne
    @JoinColumn(name = "confirmed_by_person_id")
    private Person confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ManyToOne
    @JoinColumn(name = "accepted_record_id")
    private LearningRecord acceptedRecord;

    public OwnLearning() {
    }

    /** The hours of {@code entries} done on {@code from} or later: a person's own learning in the last twelve months. */
    public static BigDecimal hoursSince(java.util.Collection<OwnLearning> entries, LocalDate from) {
        return entries.stream().filter(o -> !o.doneOn.isBefore(from)).map(o -> o.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Facilitating a session, as its register recorded it: confirmed by the register itself. */
    static OwnLearning facilitated(Person facilitator, CourseSession session, LocalDate on, BigDecimal hours, Instant now) {
        OwnLearning entry = new OwnLearning();
        entry.person = facilitator;
        entry.kind = OwnLearningKind.FACILITATING;
        entry.title = session.getCourse().getTitle();
        entry.provider = session.getCourse().getProvider();
        entry.doneOn = on;
        entry.hours = hours;
        entry.session = session;
        entry.recordedAt = now;
        entry.confirmedAt = now;
        return entry;
    }

    void recorded(Person person, Instant now) {
        this.person = person;
        this.recordedAt = now;
    }

    /** The person's own fields from a form (a detached copy), cleaned. */
    void copyFieldsFrom(OwnLearning edited) {
        kind = edited.kind;
        title = Text.clean(edited.title);
        provider = Text.clean(edited.provider);
        doneOn = edited.doneOn;
        hours = edited.hours;
        learned = edited.learned == null || edited.learned.isBlank() ? null : edited.learned.strip();
        evidence = Text.clean(edited.evidence);
    }

    void confirm(Person manager, Instant now) {
        confirmedBy = manager;
        confirmedAt = now;
    }

    void accepted(LearningRecord record) {
        acceptedRecord = record;
    }

    /** Whether the person can still change or remove it: not from a register, not confirmed, not accepted. */
    public boolean isOpenToChange() {
        return session == null && confirmedAt == null && acceptedRecord == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Person getPerson() {
        return person;
    }

    public OwnLearningKind getKind() {
        return kind;
    }

    public void setKind(OwnLearningKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Strand getStrand() {
        return strand;
    }

    void setStrand(Strand strand) {
        this.strand = strand;
    }

    public CourseSession getSession() {
        return session;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Person getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public LearningRecord getAcceptedRecord() {
        return acceptedRecord;
    }
}
