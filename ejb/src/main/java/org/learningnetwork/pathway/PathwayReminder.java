package org.learningnetwork.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A reminder sent about a person's requirement falling due or lapsed: one of each kind per day it is due. */
@Entity
@Table(name = "pathway_reminder")
@IdClass(PathwayReminder.Key.class)
public class PathwayReminder {

    /** The reminder's key: person, requirement, day due, kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long personId;
        private Long requirementId;
        private LocalDate dueOn;
        private String kind;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(personId, key.personId) && Objects.equals(requirementId, key.requirementId)
                    && Objects.equals(dueOn, key.dueOn) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, requirementId, dueOn, kind);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "requirement_id")
    private Long requirementId;

    @Id
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Id
    private String kind;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected PathwayReminder() {
    }

    public PathwayReminder(Long personId, Long requirementId, LocalDate dueOn, String kind, Instant sentAt) {
        this.personId = personId;
        this.requirementId = requirementId;
        this.dueOn = dueOn;
        this.kind = kind;
        this.sentAt = sentAt;
    }
}
