package org.learningnetwork.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An update of the training calendar that was sent: the monthly one (by its month) or one the learning team sent. */
@Entity
@Table(name = "calendar_update")
public class CalendarUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_update_seq")
    @SequenceGenerator(name = "calendar_update_seq", sequenceName = "calendar_update_seq", allocationSize = 50)
    private Long id;

    /** The month of a scheduled update ({@code 2026-12}); {@code null} for one sent by hand. */
    @Column(name = "scheduled_month")
    private String scheduledMonth;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int recipients;

    private int sessions;

    protected CalendarUpdate() {
    }

    CalendarUpdate(String scheduledMonth, Instant sentAt, int recipients, int sessions) {
        this.scheduledMonth = scheduledMonth;
        this.sentAt = sentAt;
        this.recipients = recipients;
        this.sessions = sessions;
    }

    public Long getId() {
        return id;
    }

    public String getScheduledMonth() {
        return scheduledMonth;
    }

    public boolean isScheduled() {
        return scheduledMonth != null;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }

    public int getSessions() {
        return sessions;
    }
}
