package org.learningnetwork.jobs;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of a batch job as the application records it, whichever server instance ran it: which job, for which key
 * (the quarter of a KPI run; empty for a job that is one at a time), on which instance and as which of that
 * instance's executions, where it stands and its steps. A run that continues another (a restart, or a take-over
 * after the other's instance died) names it.
 */
@Entity
@Table(name = "job_run")
public class JobRunRecord {

    static final int TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "job_name")
    private String job;

    @Column(name = "run_key")
    private String key;

    @Column(name = "quarter_code")
    private String quarter;

    @Column(name = "instance_name")
    private String instance;

    @Column(name = "execution_id")
    private Long executionId;

    @Enumerated(EnumType.STRING)
    private JobRunStatus status;

    @Column(name = "exit_status")
    private String exitStatus;

    @Column(name = "steps_total")
    private int stepsTotal;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "continues_run_id")
    private Long continues;

    /** The fence of the lease the run was started under ({@link org.learningnetwork.platform.Lease#fence}). */
    @Column(name = "lease_fence")
    private long leaseFence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_run_step", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("position")
    private List<JobRunStep> steps = new ArrayList<>();

    protected JobRunRecord() {
    }

    JobRunRecord(String job, String key, String quarter, String instance, int stepsTotal, Instant now, Long continues, long leaseFence) {
        this.job = Objects.requireNonNull(job, "job is required");
        this.key = Objects.requireNonNull(key, "key is required");
        this.quarter = quarter;
        this.instance = Objects.requireNonNull(instance, "instance is required");
        this.stepsTotal = stepsTotal;
        this.startedAt = now;
        this.continues = continues;
        this.leaseFence = leaseFence;
        this.status = JobRunStatus.STARTING;
    }

    void started(long executionId) {
        this.executionId = executionId;
        if (status == JobRunStatus.STARTING) {
            this.status = JobRunStatus.STARTED;
        }
    }

    /** The steps as the batch runtime has them when the run has ended. */
    void replaceSteps(List<JobRunStep> ended) {
        steps.clear();
        steps.addAll(ended);
    }

    /** A step (or a partition of a step) has ended: the step recorded, or the partition's counts added to it. */
    void stepEnded(String step, String stepStatus, String stepExit, long read, long written, long committed, long rolledBack) {
        for (int i = 0; i < steps.size(); i++) {
            JobRunStep known = steps.get(i);
            if (known.name().equals(step)) {
                steps.set(i, new JobRunStep(i, step, failedOr(known.status(), stepStatus), stepExit == null ? known.exitStatus() : stepExit,
                        known.read() + read, known.written() + written, known.committed() + committed, known.rolledBack() + rolledBack));
                return;
            }
        }
        steps.add(new JobRunStep(steps.size(), step, stepStatus, stepExit, read, written, committed, rolledBack));
    }

    /** A step whose partition failed stays failed whatever its other partitions did. */
    private static String failedOr(String before, String now) {
        return "FAILED".equals(before) ? before : now;
    }

    void ended(JobRunStatus status, String exitStatus, Instant now) {
        this.status = status;
        this.exitStatus = fit(exitStatus);
        this.endedAt = now;
    }

    /** The instance died while the run was going: another instance goes on with it. */
    void abandoned(Instant now) {
        if (status.going()) {
            ended(JobRunStatus.ABANDONED, null, now);
        }
    }

    static String fit(String text) {
        return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT);
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getKey() {
        return key;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getInstance() {
        return instance;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public JobRunStatus getStatus() {
        return status;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public int getStepsTotal() {
        return stepsTotal;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Long getContinues() {
        return continues;
    }

    public long getLeaseFence() {
        return leaseFence;
    }

    public List<JobRunStep> getSteps() {
        return List.copyOf(steps);
    }
}
