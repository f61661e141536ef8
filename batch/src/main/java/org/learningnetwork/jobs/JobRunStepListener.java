package org.learningnetwork.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records each step of a job's run as it ends, with its counts (for a partitioned step, once per partition, the counts
 * added up), so that the jobs screen follows a run from the application's records on any instance.
 */
@Named
@Dependent
public class JobRunStepListener extends AbstractStepListener {

    @EJB
    private JobExecutions executions;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty
    private String run;

    @Override
    public void afterStep() {
        if (run != null && !run.isBlank()) {
            executions.stepEnded(Long.parseLong(run.strip()), step.getStepName(), step.getBatchStatus(), step.getException(),
                    step.getExitStatus(), step.getMetrics());
        }
    }
}
