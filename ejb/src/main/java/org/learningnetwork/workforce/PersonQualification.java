package org.learningnetwork.workforce;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Qualification;

/**
 * A qualification a person is working towards (when they started, when they are expected to complete, with which
 * provider), has achieved (when, and a reference to the evidence seen) or withdrew from. Recorded by the learning team
 * or the person's line manager; {@link QualificationRules} says what a record must hold.
 */
@Entity
@Table(name = "person_qualification")
public class PersonQualification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_qualification_seq")
    @SequenceGenerator(name = "person_qualification_seq", sequenceName = "person_qualification_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull(message = "{personQualification.qualification.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "qualification_code")
    private Qualification qualification;

    @NotNull(message = "{personQualification.status.required}")
    @Enumerated(EnumType.STRING)
    private QualificationStatus status = QualificationStatus.IN_PROGRESS;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "expected_on")
    private LocalDate expectedOn;

    @Size(max = 200, message = "{personQualification.provider.size}")
    private String provider;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Size(max = 200, message = "{personQualification.evidence.size}")
    private String evidence;

    @ManyToOne
    @JoinColumn(name = "recorded_by_person_id")
    private Person recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    public PersonQualification() {
        // A new record, filled in on a form.
    }

    public PersonQualification(Person person, Qualification qualification, QualificationStatus status) {
        this.person = person;
        this.qualification = qualification;
        this.status = status;
    }

    /** A copy to edit on a form (its id and version too): what is typed shows nowhere else until it is saved. */
    public PersonQualification forForm() {
        PersonQualification copy = new PersonQualification();
        copy.id = id;
        copy.version = version;
        copy.person = person;
        copy.copyFieldsFrom(this);
        return copy;
    }

    /** Takes what was typed on a form into this record. */
    void copyFieldsFrom(PersonQualification form) {
        this.qualification = form.qualification;
        this.status = form.status;
        this.startedOn = form.startedOn;
        this.expectedOn = form.expectedOn;
        this.provider = form.provider;
        this.achievedOn = form.status == QualificationStatus.ACHIEVED ? form.achievedOn : null;
        this.evidence = form.evidence;
    }

    /** Who it is of, and who recorded it when: set by the service. */
    void recorded(Person of, Person by, Instant at) {
        this.person = of;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public void setQualification(Qualification qualification) {
        this.qualification = qualification;
    }

    public QualificationStatus getStatus() {
        return status;
    }

    public void setStatus(QualificationStatus status) {
        this.status = status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public void setExpectedOn(LocalDate expectedOn) {
        this.expectedOn = expectedOn;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = Text.clean(provider);
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(LocalDate achievedOn) {
        this.achievedOn = achievedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = Text.clean(evidence);
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
