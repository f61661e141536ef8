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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.LearningResource;
import org.learningnetwork.people.Person;

/** An entry in a person's record of learning: a course done (on a session, or recorded as equivalent), with CPD hours. */
@Entity
@Table(name = "learning_record")
@NamedQuery(name = LearningRecord.LATEST_COMPLETION, query = "select max(r.completedOn) from LearningRecord r where r.person = :person"
        + " and r.course = :course and r.kind in :completing")
@NamedQuery(name = LearningRecord.COUNT_COMPLETED, query = "select count(r) from LearningRecord r where r.person = :person"
        + " and r.course = :course and r.kind in :completing")
public class LearningRecord {

    /** When {@code :person} last completed {@code :course} (records of {@code :completing} kinds). */
    public static final String LATEST_COMPLETION = "LearningRecord.latestCompletion";
    /** How many times {@code :person} completed {@code :course} (records of {@code :completing} kinds). */
    public static final String COUNT_COMPLETED = "LearningRecord.countCompleted";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_record_seq")
    @SequenceGenerator(name = "learning_record_seq", sequenceName = "learning_record_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "cpd_hours")
    private BigDecimal cpdHours;

    @Enumerated(EnumType.STRING)
    private LearningRecordKind kind;

    @ManyToOne
    @JoinColumn(name = "recorded_by_person_id")
    private Person recordedBy;

    private String note;

    @ManyToOne
    @JoinColumn(name = "resource_id")
    private LearningResource resource;

    private String reflection;

    protected LearningRecord() {
    }

    public LearningRecord(Person person, Course course, CourseSession session, LocalDate completedOn, BigDecimal cpdHours,
                          LearningRecordKind kind, Person recordedBy, String note) {
        this.person = person;
        this.course = course;
        this.session = session;
        this.completedOn = completedOn;
        this.cpdHours = cpdHours;
        this.kind = kind;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    /** A record of self-guided learning done today: the resource's CPD hours, completing its course or not. */
    static LearningRecord selfGuided(Person person, LearningResource resource, LocalDate on, String reflection) {
        LearningRecord record = new LearningRecord(person, resource.getCourse(), null, on,
                resource.getCpdHours() == null ? BigDecimal.ZERO : resource.getCpdHours(),
                resource.isCompletesCourse() ? LearningRecordKind.SELF_GUIDED : LearningRecordKind.RESOURCE, person, null);
        record.resource = resource;
        record.reflection = reflection;
        return record;
    }

    /** Brings a record made from a register up to date with a corrected mark. */
    void correct(LearningRecordKind kind, BigDecimal cpdHours, Person recordedBy) {
        this.kind = kind;
        this.cpdHours = cpdHours;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Course getCourse() {
        return course;
    }

    public CourseSession getSession() {
        return session;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public BigDecimal getCpdHours() {
        return cpdHours;
    }

    public LearningRecordKind getKind() {
        return kind;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }

    /** The self-guided resource done, for a record of kind SELF_GUIDED or RESOURCE. */
    public LearningResource getResource() {
        return resource;
    }

    /** What the person took from self-guided learning, in their words (optional). */
    public String getReflection() {
        return reflection;
    }
}
