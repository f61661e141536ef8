package org.learningnetwork.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One step of a job's run as last recorded: its status, exit status and the batch runtime's counts. */
@Embeddable
public class JobRunStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private int position;

    @Column(name = "step_name")
    private String name;

    private String status;

    @Column(name = "exit_status")
    private String exitStatus;

    @Column(name = "read_count")
    private long read;

    @Column(name = "write_count")
    private long written;

    @Column(name = "commit_count")
    private long committed;

    @Column(name = "rollback_count")
    private long rolledBack;

    protected JobRunStep() {
    }

    public JobRunStep(int position, String name, String status, String exitStatus, long read, long written, long committed,
            long rolledBack) {
        this.position = position;
        this.name = name;
        this.status = status;
        this.exitStatus = JobRunRecord.fit(exitStatus);
        this.read = read;
        this.written = written;
        this.committed = committed;
        this.rolledBack = rolledBack;
    }

    public String name() {
        return name;
    }

    public String status() {
        return status;
    }

    public String exitStatus() {
        return exitStatus;
    }

    public long read() {
        return read;
    }

    public long written() {
        return written;
    }

    public long committed() {
        return committed;
    }

    public long rolledBack() {
        return rolledBack;
    }
}
