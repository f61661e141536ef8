package org.learningnetwork.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.learningnetwork.people.Person;

/** A service manager who is sent the training calendar's updates, to circulate within their service (seed 002). */
@Entity
@Table(name = "calendar_service_manager")
public class ServiceManager {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", insertable = false, updatable = false)
    private Person person;

    @Column(name = "added_at")
    private Instant addedAt;

    protected ServiceManager() {
    }

    ServiceManager(Person person, Instant addedAt) {
        this.personId = person.getId();
        this.person = person;
        this.addedAt = addedAt;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
