package org.learningnetwork.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a sweep did under one rule: how many records it anonymised or deleted (in a dry run, would have), how many
 * it left because a legal hold covers them, and the code of the failure that stopped the rule, if one did (the
 * batches before it stand).
 */
@Embeddable
public class SweepCount {

    /** The failure code of a rule whose batch failed (the error is logged, without the data). */
    public static final String BATCH_FAILED = "retention.sweep.batchFailed";

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;

    @Enumerated(EnumType.STRING)
    private RetentionAction action;

    private long done;

    private long held;

    private String failure;

    protected SweepCount() {
    }

    SweepCount(RecordType recordType, RetentionAction action, long done, long held, String failure) {
        this.recordType = recordType;
        this.action = action;
        this.done = done;
        this.held = held;
        this.failure = failure;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public RetentionAction getAction() {
        return action;
    }

    public long getDone() {
        return done;
    }

    public long getHeld() {
        return held;
    }

    public String getFailure() {
        return failure;
    }
}
