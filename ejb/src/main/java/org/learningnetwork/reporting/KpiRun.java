package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest run of the quarterly KPI job for one quarter: its job execution, when, and how it ended. */
@Entity
@Table(name = "kpi_run")
public class KpiRun {

    /** Where a run stands. */
    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @Column(name = "quarter_code")
    private String quarter;

    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected KpiRun() {
    }

    KpiRun(Quarter quarter, Instant now) {
        this.quarter = quarter.code();
        this.startedAt = now;
        this.status = Status.RUNNING;
    }

    void started(long executionId, Instant now) {
        this.executionId = executionId;
        this.startedAt = now;
        this.finishedAt = null;
        this.status = Status.RUNNING;
    }

    void finished(boolean completed, Instant now) {
        this.status = completed ? Status.COMPLETED : Status.FAILED;
        this.finishedAt = now;
    }

    public String getQuarter() {
        return quarter;
    }

    public long getExecutionId() {
        return executionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Status getStatus() {
        return status;
    }
}
