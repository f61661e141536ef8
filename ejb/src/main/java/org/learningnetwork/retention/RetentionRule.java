package org.learningnetwork.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    public int getPeriodMonths() {
        return periodMonths;
    }

    public RetentionAction getAction() {
        return action;
    }
}
