package org.learningnetwork.reporting;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records a run that failed or was stopped, so that the quarter can be run again. */
@Named
@Dependent
public class KpiRunListener extends AbstractJobListener {

    @Inject
    private KpiRuns runs;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED
                || job.getBatchStatus() == BatchStatus.STOPPING) {
            runs.finished(Quarter.parse(quarter).orElseThrow(), false);
        }
    }
}
