package org.learningnetwork.reporting;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records that the quarter's run completed. */
@Named
@Dependent
public class KpiFinishBatchlet extends AbstractBatchlet {

    @Inject
    private KpiRuns runs;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public String process() {
        runs.finished(Quarter.parse(quarter).orElseThrow(), true);
        return "COMPLETED";
    }
}
