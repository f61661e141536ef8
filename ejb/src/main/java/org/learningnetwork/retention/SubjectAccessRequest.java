package org.learningnetwork.retention;

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
import java.time.Instant;
import java.time.LocalDate;
import org.learningnetwork.people.Person;

/** A subject access request made to the data protection officer: received, due a month later, answered. */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_access_request_seq")
    @SequenceGenerator(name = "subject_access_request_seq", sequenceName = "subject_access_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "recorded_by_account_id")
    private Long recordedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by_account_id")
    private Long answeredBy;

    protected SubjectAccessRequest() {
    }

    /** Due one calendar month after it was received (UK GDPR Art. 12(3)). */
    SubjectAccessRequest(Person person, LocalDate receivedOn, Long recordedBy) {
        this.person = person;
        this.receivedOn = receivedOn;
        this.dueOn = receivedOn.plusMonths(1);
        this.recordedBy = recordedBy;
    }

    void answered(Instant at, Long by) {
        answeredAt = at;
        answeredBy = by;
    }

    /** Whether it is still unanswered after its due date. */
    public boolean isOverdue(LocalDate today) {
        return answeredAt == null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
