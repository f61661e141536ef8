package org.learningnetwork.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Qualification;

/**
 * Recognition of prior learning (seed 000): a person's experience and learning turned into credit points at an SCQF
 * level, awarded by a college or university on a date, perhaps towards a qualification (advanced entry to a degree).
 */
@Entity
@Table(name = "prior_learning_credit")
public class PriorLearningCredit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prior_learning_credit_seq")
    @SequenceGenerator(name = "prior_learning_credit_seq", sequenceName = "prior_learning_credit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotBlank(message = "{credit.description.required}")
    @Size(max = 500, message = "{credit.description.size}")
    private String description;

    @Min(value = 1, message = "{credit.scqfLevel.range}")
    @Max(value = 12, message = "{credit.scqfLevel.range}")
    @Column(name = "scqf_level")
    private int scqfLevel;

    @Min(value = 1, message = "{credit.credits.range}")
    @Max(value = 720, message = "{credit.credits.range}")
    private int credits;

    @NotNull(message = "{credit.awardedOn.required}")
    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Size(max = 200, message = "{credit.awardedBy.size}")
    @Column(name = "awarded_by")
    private String awardedBy;

    @ManyToOne
    @JoinColumn(name = "towards_code")
    private Qualification towards;

    @ManyToOne
    @JoinColumn(name = "recorded_by_person_id")
    private Person recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    public PriorLearningCredit() {
        // A new award, filled in on a form.
    }

    /** A copy to edit on a form (its id and version too): what is typed shows nowhere else until it is saved. */
    public PriorLearningCredit forForm() {
        PriorLearningCredit copy = new PriorLearningCredit();
        copy.id = id;
        copy.version = version;
        copy.person = person;
        copy.copyFieldsFrom(this);
        return copy;
    }

    /** Takes what was typed on a form into this award. */
    void copyFieldsFrom(PriorLearningCredit form) {
        this.description = form.description;
        this.scqfLevel = form.scqfLevel;
        this.credits = form.credits;
        this.awardedOn = form.awardedOn;
        this.awardedBy = form.awardedBy;
        this.towards = form.towards;
    }

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.clean(description);
    }

    public int getScqfLevel() {
        return scqfLevel;
    }

    public void setScqfLevel(int scqfLevel) {
        this.scqfLevel = scqfLevel;
    }

    public int getCredits() {
        return credits;
    }

    public void setCredits(int credits) {
        this.credits = credits;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public String getAwardedBy() {
        return awardedBy;
    }

    public void setAwardedBy(String awardedBy) {
        this.awardedBy = Text.clean(awardedBy);
    }

    public Qualification getTowards() {
        return towards;
    }

    public void setTowards(Qualification towards) {
        this.towards = towards;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
