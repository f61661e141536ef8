package org.learningnetwork.retention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run of the retention sweep (or a dry run, which changes nothing): when, who started it (no one for the
 * nightly run), how it ended, and per rule how many records it anonymised or deleted and how many a legal hold
 * kept. It holds counts only, never the records.
 */
@Entity
@Table(name = "retention_sweep")
public class RetentionSweepRun {

    /**
     * How a sweep ended: {@code FAILED} when a rule stopped on an error (the other rules still ran);
     * {@code INTERRUPTED} (never stored) when it is still recorded as running but has not moved on for
     * {@link #STALLED} — the server stopped during it, and the next sweep carries on.
     */
    public enum Status { RUNNING, FINISHED, FAILED, INTERRUPTED }

    /** A running sweep says it is still at work every minute or so; after this long without, it was interrupted. */
    static final Duration STALLED = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_sweep_seq")
    @SequenceGenerator(name = "retention_sweep_seq", sequenceName = "retention_sweep_seq", allocationSize = 50)
    private Long id;

    /** The day a scheduled sweep ran for ({@code daily:2026-12-01}), claimed once across server instances. */
    @Column(name = "run_key")
    private String runKey;

    @Column(name = "dry_run")
    private boolean dryRun;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "alive_at")
    private Instant aliveAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "started_by_account_id")
    private Long startedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "retention_sweep_count", joinColumns = @JoinColumn(name = "sweep_id"))
    @OrderBy("recordType")
    private List<SweepCount> counts = new ArrayList<>();

    protected RetentionSweepRun() {
    }

    RetentionSweepRun(String runKey, boolean dryRun, Instant startedAt, Long startedBy) {
        this.runKey = runKey;
        this.dryRun = dryRun;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.aliveAt = startedAt;
        this.status = Status.RUNNING;
    }

    void finish(List<SweepCount> counts, Instant at) {
        this.counts.clear();
        this.counts.addAll(counts);
        finishedAt = at;
        aliveAt = at;
        status = counts.stream().anyMatch(count -> count.getFailure() != null) ? Status.FAILED : Status.FINISHED;
    }

    public Long getId() {
        return id;
    }

    public String getRunKey() {
        return runKey;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** How the sweep ended, or that it is running; {@code INTERRUPTED} if it stopped moving on (see {@link Status}). */
    public Status getStatus() {
        return status == Status.RUNNING && aliveAt != null && aliveAt.plus(STALLED).isBefore(Instant.now())
                ? Status.INTERRUPTED : status;
    }

    /** When the sweep last showed it was at work. */
    public Instant getAliveAt() {
        return aliveAt;
    }

    public boolean isScheduled() {
        return runKey != null;
    }

    public List<SweepCount> getCounts() {
        return Collections.unmodifiableList(counts);
    }

    /** The count for one rule, if the sweep reached it. */
    public SweepCount count(RecordType type) {
        return counts.stream().filter(count -> count.getRecordType() == type).findFirst().orElse(null);
    }
}
