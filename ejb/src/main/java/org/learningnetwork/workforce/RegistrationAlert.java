package org.learningnetwork.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An alert sent before a registration's renewal or one of its conditions falls due ({@code subject}: {@code RENEWAL} or
 * {@code CONDITION:<id>}), so many months ahead: its key is unique, so each alert goes once whichever instance sends it.
 */
@Entity
@Table(name = "registration_alert")
@IdClass(RegistrationAlert.Key.class)
public class RegistrationAlert {

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long registrationId;
        String subject;
        LocalDate dueOn;
        int monthsBefore;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && registrationId == key.registrationId && Objects.equals(subject, key.subject)
                    && Objects.equals(dueOn, key.dueOn) && monthsBefore == key.monthsBefore;
        }

        @Override
        public int hashCode() {
            return Objects.hash(registrationId, subject, dueOn, monthsBefore);
        }
    }

    @Id
    @Column(name = "registration_id")
    private long registrationId;

    @Id
    private String subject;

    @Id
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Id
    @Column(name = "months_before")
    private int monthsBefore;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected RegistrationAlert() {
    }

    RegistrationAlert(long registrationId, String subject, LocalDate dueOn, int monthsBefore, Instant sentAt) {
        this.registrationId = registrationId;
        this.subject = subject;
        this.dueOn = dueOn;
        this.monthsBefore = monthsBefore;
        this.sentAt = sentAt;
    }
}
