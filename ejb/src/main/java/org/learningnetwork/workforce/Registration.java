package org.learningnetwork.workforce;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.people.Person;

/**
 * A person's registration with the regulator: the part of the register, their registration number, when they
 * registered and when it is due to be renewed, when it ended (if it has), and its conditions.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull(message = "{registration.part.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "register_part_code")
    private RegisterPart part;

    @Pattern(regexp = "[A-Za-z0-9-]{1,30}", message = "{registration.number.pattern}")
    @Column(name = "registration_number")
    private String number;

    @NotNull(message = "{registration.registeredOn.required}")
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @NotNull(message = "{registration.renewalDueOn.required}")
    @Column(name = "renewal_due_on")
    private LocalDate renewalDueOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ManyToOne
    @JoinColumn(name = "recorded_by_person_id")
    private Person recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<RegistrationCondition> conditions = new ArrayList<>();

    public Registration() {
        // A new registration, filled in on a form.
    }

    /** A copy to edit on a form (its id and version too): what is typed shows nowhere else until it is saved. */
    public Registration forForm() {
        Registration copy = new Registration();
        copy.id = id;
        copy.version = version;
        copy.person = person;
        copy.copyFieldsFrom(this);
        return copy;
    }

    void copyFieldsFrom(Registration form) {
        this.part = form.part;
        this.number = form.number;
        this.registeredOn = form.registeredOn;
        this.renewalDueOn = form.renewalDueOn;
        this.endedOn = form.endedOn;
    }

    void recorded(Person of, Person by, Instant at) {
        this.person = of;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Whether it is current on {@code day}: registered, and not ended. */
    public boolean isCurrent(LocalDate day) {
        return !registeredOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
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

    public RegisterPart getPart() {
        return part;
    }

    public void setPart(RegisterPart part) {
        this.part = part;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip();
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public LocalDate getRenewalDueOn() {
        return renewalDueOn;
    }

    public void setRenewalDueOn(LocalDate renewalDueOn) {
        this.renewalDueOn = renewalDueOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<RegistrationCondition> getConditions() {
        return conditions;
    }
}
