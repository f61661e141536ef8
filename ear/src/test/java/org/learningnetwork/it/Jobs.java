package org.learningnetwork.it;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.learningnetwork.jobs.JobRunRecord;
import org.learningnetwork.jobs.JobRunRecords;
import org.learningnetwork.jobs.JobRunStep;

/** Waiting for batch job runs on the server (deployed with the tests that start jobs). */
final class Jobs {

    private static final Set<String> GOING = Set.of("STARTING", "STARTED", "STOPPING");

    private Jobs() {
    }

    /**
     * The run's execution on this server once the run has ended and is recorded so (up to two minutes), by the
     * application's run id.
     */
    static JobExecution finished(long runId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        Object[] run = record(runId);
        while (run == null || run[0] == null || GOING.contains((String) run[1])) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Job run " + runId + " still " + (run == null ? "unrecorded" : run[1]));
            }
            Thread.sleep(200);
            run = record(runId);
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(((Number) run[0]).longValue());
        while (Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING).contains(execution.getBatchStatus())) {
            Thread.sleep(100);
            execution = operator.getJobExecution(((Number) run[0]).longValue());
        }
        return execution;
    }

    /**
     * The run as the application recorded it once it has ended (up to two minutes): its status and steps with their
     * counts. Portable: it does not ask the server's batch runtime, which on Payara answers only the component that
     * started a job.
     */
    static JobRunRecord ended(long runId) throws Exception {
        Instant until = Instant.now().plusSeconds(120);
        JobRunRecords records = CDI.current().select(JobRunRecords.class).get();
        JobRunRecord run = records.record(runId);
        while (run.getStatus().going()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Job run " + runId + " still " + run.getStatus());
            }
            Thread.sleep(200);
            run = records.record(runId);
        }
        return run;
    }

    /** The recorded step of the run by name. */
    static JobRunStep step(JobRunRecord run, String name) {
        return run.getSteps().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No step " + name + " in run " + run.getId()));
    }

    /** This server's execution id of the run, once it has started. */
    static long executionOf(long runId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        Object[] run = record(runId);
        while (run == null || run[0] == null) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Job run " + runId + " did not start");
            }
            Thread.sleep(50);
            run = record(runId);
        }
        return ((Number) run[0]).longValue();
    }

    /** The run's execution id and status as recorded, or {@code null}. */
    private static Object[] record(long runId) {
        List<Object[]> rows = CDI.current().select(TestData.class).get()
                .query("select execution_id, status from job_run where id = " + runId);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
