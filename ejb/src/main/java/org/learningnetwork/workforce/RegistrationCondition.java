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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.learningnetwork.reference.Qualification;

/** A condition on a registration: obtain a qualification by a date. It is met once the qualification is achieved. */
@Entity
@Table(name = "registration_condition")
public class RegistrationCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_condition_seq")
    @SequenceGenerator(name = "registration_condition_seq", sequenceName = "registration_condition_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @NotNull(message = "{condition.qualification.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "qualification_code")
    private Qualification qualification;

    @NotNull(message = "{condition.dueOn.required}")
    @Column(name = "due_on")
    private LocalDate dueOn;

    protected RegistrationCondition() {
    }

    public RegistrationCondition(Registration registration, Qualification qualification, LocalDate dueOn) {
        this.registration = registration;
        this.qualification = qualification;
        this.dueOn = dueOn;
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
