package org.learningnetwork.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail written in the transaction that caused it and sent afterwards: when the transaction rolls back
 * it was never written, and while the mail server cannot take it, it waits and is tried again with growing
 * pauses (one minute, doubling, at most an hour) until it is sent or the attempts run out.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    /** The booking the mail is about, if any (a reminder is sent once per booking and kind). */
    @Column(name = "booking_id")
    private Long bookingId;

    private String recipient;

    private String subject;

    private String body;

    /** An iCalendar (RFC 5545) invitation sent as an attachment, if the mail confirms a date. */
    private String calendar;

    /** A KPI report pack to attach: its quarter and committee (see {@code ReportPack}). */
    @Column(name = "report_quarter")
    private String reportQuarter;

    @Column(name = "report_committee")
    private String reportCommittee;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Why the last attempt failed: the mail server's answer, never the message's content. */
    @Column(name = "last_error")
    private String lastError;

    /** Attaches the committee's report pack for the quarter when the mail is sent. */
    public OutboxMail attachReport(String quarter, String committee) {
        this.reportQuarter = quarter;
        this.reportCommittee = committee;
        return this;
    }

    public String getReportQuarter() {
        return reportQuarter;
    }

    public String getReportCommittee() {
        return reportCommittee;
    }

    protected OutboxMail() {
    }

    OutboxMail(MailKind kind, Long bookingId, String recipient, String subject, String body, String calendar, Instant now) {
        this.kind = kind;
        this.bookingId = bookingId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
        this.createdAt = now;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        // The one-time links it carried are the recipient's now: none is kept in the database.
        body = org.learningnetwork.platform.Tokens.withoutLinks(body);
        nextAttemptAt = null;
        lastError = null;
        attempts++;
    }

    /** Records a failed attempt: tried again after a pause that doubles each time, or given up after {@code most}. */
    void failed(Instant now, String error, int most) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= most) {
            status = OutboxStatus.FAILED;
            nextAttemptAt = null;
            return;
        }
        nextAttemptAt = now.plus(pauseAfter(attempts));
    }

    /** The pause after the given number of failed attempts: 1, 2, 4, 8 ... minutes, never more than an hour. */
    static Duration pauseAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
