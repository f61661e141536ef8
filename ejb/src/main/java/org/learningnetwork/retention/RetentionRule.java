package org.learningnetwork.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** How long one type of record is kept: from what ({@link RetentionTrigger}), for how many months, then what. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

    public static final int MAX_MONTHS = 1200;

    @Id
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_event")
    private RetentionTrigger trigger;

    @Column(name = "period_months")
    private int periodMonths;

    @Enumerated(EnumType.STRING)
    private RetentionAction action;

    protected RetentionRule() {
    }

    void change(RetentionTrigger trigger, int periodMonths, RetentionAction action) {
        this.trigger = trigger;
        this.periodMonths = periodMonths;
        this.action = action;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public RetentionTrigger getTrigger() {
        return trigger;
    }

    /**
     * The moment before which a record's clock must have started for the rule to be due on it at {@code now}: the
     * period counted back in calendar months in the council's time zone, so that "36 months" means the same date and
     * time of day three years before (a day missing from a shorter month is its last day; a clock change does not
     * move the time of day). A record whose clock started exactly at the cut-off is not yet due.
     */
    public Instant dueBefore(Instant now, ZoneId zone) {
        return now.atZone(zone).minusMonths(periodMonths).toInstant();
    }

    public int getPeriodMonths() {
        return periodMonths;
    }

    public RetentionAction getAction() {
        return action;
    }
}
