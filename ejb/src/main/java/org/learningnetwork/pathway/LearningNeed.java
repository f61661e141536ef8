package org.learningnetwork.pathway;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Strand;

/**
 * A learning need agreed in supervision or appraisal (seed 003): what the person is to learn, the strand and course
 * it links to, its priority, target date and status. Supervision content: seen by the person and their line manager
 * only (and in the person's subject access copy); the learning team sees counts.
 */
@Entity
@Table(name = "learning_need")
@NamedQuery(name = LearningNeed.OF_PERSON, query = "select n from LearningNeed n left join fetch n.strand left join fetch n.course"
        + " where n.person.id = :person order by n.status, n.targetOn, n.id")
public class LearningNeed {

    /** The needs of {@code :person} (id): open first, then by target date. */
    public static final String OF_PERSON = "LearningNeed.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_need_seq")
    @SequenceGenerator(name = "learning_need_seq", sequenceName = "learning_need_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull(message = "{need.agreedIn.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_in")
    private NeedSource agreedIn;

    @NotNull(message = "{need.agreedOn.required}")
    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @NotBlank(message = "{need.need.required}")
    @Size(max = 1000, message = "{need.need.size}")
    private String need;

    @ManyToOne
    @JoinColumn(name = "strand_code")
    private Strand strand;

    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    @NotNull(message = "{need.priority.required}")
    @Enumerated(EnumType.STRING)
    private NeedPriority priority = NeedPriority.MEDIUM;

    @Column(name = "target_on")
    private LocalDate targetOn;

    @NotNull(message = "{need.status.required}")
    @Enumerated(EnumType.STRING)
    private NeedStatus status = NeedStatus.AGREED;

    @ManyToOne
    @JoinColumn(name = "recorded_by_person_id")
    private Person recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    public LearningNeed() {
    }

    /** Recorded for {@code person} by {@code recorder} at {@code now}. */
    void recorded(Person person, Person recorder, Instant now) {
        this.person = person;
        this.recordedBy = recorder;
        this.recordedAt = now;
        changed(now);
    }

    /** Changed at {@code now}: closed when its status closes it, open again when it no longer does. */
    void changed(Instant now) {
        changedAt = now;
        if (status != null && status.isClosed()) {
            if (closedAt == null) {
                closedAt = now;
            }
        } else {
            closedAt = null;
        }
    }

    /** The same need as a detached copy to edit (a form works on it; the service copies its fields back). */
    void copyFieldsFrom(LearningNeed edited) {
        agreedIn = edited.agreedIn;
        agreedOn = edited.agreedOn;
        need = edited.need;
        strand = edited.strand;
        course = edited.course;
        priority = edited.priority;
        targetOn = edited.targetOn;
        status = edited.status;
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

    public NeedSource getAgreedIn() {
        return agreedIn;
    }

    public void setAgreedIn(NeedSource agreedIn) {
        this.agreedIn = agreedIn;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = Text.clean(need);
    }

    public Strand getStrand() {
        return strand;
    }

    public void setStrand(Strand strand) {
        this.strand = strand;
    }

    public Course getCourse() {
        return course;
    }

    public void setCourse(Course course) {
        this.course = course;
    }

    public NeedPriority getPriority() {
        return priority;
    }

    public void setPriority(NeedPriority priority) {
        this.priority = priority;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public void setTargetOn(LocalDate targetOn) {
        this.targetOn = targetOn;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
