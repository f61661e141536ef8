package org.learningnetwork.it;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Set;

/** Waiting for batch job executions on the server (deployed with the tests that start jobs). */
final class Jobs {

    private Jobs() {
    }

    /** The execution once it has ended (up to two minutes). */
    static JobExecution finished(long id) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant until = Instant.now().plusSeconds(120);
        JobExecution execution = operator.getJobExecution(id);
        while (Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING).contains(execution.getBatchStatus())) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Job execution " + id + " still " + execution.getBatchStatus());
            }
            Thread.sleep(200);
            execution = operator.getJobExecution(id);
        }
        return execution;
    }
}
