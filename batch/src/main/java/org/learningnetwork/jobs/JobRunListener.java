package org.learningnetwork.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records how a job's run ended, on the instance that ran it, and lets its lease go (every job has it). */
@Named
@Dependent
public class JobRunListener extends AbstractJobListener {

    @EJB
    private JobExecutions executions;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String run;

    @Override
    public void afterJob() {
        if (run != null && !run.isBlank()) {
            executions.ended(Long.parseLong(run.strip()), job.getExecutionId(), job.getBatchStatus(), job.getExitStatus());
        }
    }
}
