package org.learningnetwork.reporting.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.reporting.KpiService;

/**
 * Removes the quarter's earlier snapshot, so that the run's figures replace it whole (exit status CLEARED:<rows>); when
 * the run goes on with one the server's stop interrupted (job parameter {@code resume}), keeps the figures that run
 * stored (KEPT:<rows>).
 */
@Named
@Dependent
public class KpiClearBatchlet extends AbstractBatchlet {

    @Inject
    private KpiService kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Inject
    @BatchProperty
    private String resume;

    @Override
    public String process() {
        Quarter q = Quarter.parse(quarter).orElseThrow();
        if (Boolean.parseBoolean(resume)) {
            return "KEPT:" + kpis.storedRows(q);
        }
        return "CLEARED:" + kpis.clear(q);
    }
}
