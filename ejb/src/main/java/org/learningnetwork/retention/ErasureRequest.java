package org.learningnetwork.retention;

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
import java.time.Instant;
import org.learningnetwork.people.Person;

/** A request to erase a person's data: who asked and when, and the officer's decision with any lawful exception. */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_request_seq")
    @SequenceGenerator(name = "erasure_request_seq", sequenceName = "erasure_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by_account_id")
    private Long requestedBy;

    @Enumerated(EnumType.STRING)
    private ErasureStatus status = ErasureStatus.OPEN;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_account_id")
    private Long decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_ground")
    private ErasureException exception;

    @Column(name = "exception_note")
    private String exceptionNote;

    protected ErasureRequest() {
    }

    ErasureRequest(Person person, Instant requestedAt, Long requestedBy) {
        this.person = person;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void erased(Instant at, Long by) {
        status = ErasureStatus.ERASED;
        decidedAt = at;
        decidedBy = by;
    }

    void refused(Instant at, Long by, ErasureException ground, String note) {
        status = ErasureStatus.REFUSED;
        decidedAt = at;
        decidedBy = by;
        exception = ground;
        exceptionNote = note;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public ErasureStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public ErasureException getException() {
        return exception;
    }

    public String getExceptionNote() {
        return exceptionNote;
    }
}
