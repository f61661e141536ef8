package org.learningnetwork.reporting;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Removes the quarter's earlier snapshot, so that the run's figures replace it whole. */
@Named
@Dependent
public class KpiClearBatchlet extends AbstractBatchlet {

    @Inject
    private Kpis kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public String process() {
        return "CLEARED:" + kpis.clear(Quarter.parse(quarter).orElseThrow());
    }
}
