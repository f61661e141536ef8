package org.learningnetwork.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message sent to the course distribution list: its text, when, by which account, and to how many people. */
@Entity
@Table(name = "distribution_message")
public class DistributionMessage {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "distribution_message_seq")
    @SequenceGenerator(name = "distribution_message_seq", sequenceName = "distribution_message_seq", allocationSize = 50)
    private Long id;

    private String subject;

    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by_account_id")
    private Long sentBy;

    private int recipients;

    protected DistributionMessage() {
    }

    DistributionMessage(String subject, String body, Instant sentAt, Long sentBy) {
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    void sentTo(int count) {
        recipients = count;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
