package org.learningnetwork.reporting;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Computes one breakdown of the partition's committee for the job's quarter. */
@Named
@Dependent
public class KpiProcessor implements ItemProcessor {

    @Inject
    private Kpis kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Inject
    @BatchProperty
    private String committee;

    @Override
    public Object processItem(Object item) {
        KpiDimension dimension = (KpiDimension) item;
        Quarter q = Quarter.parse(quarter).orElseThrow(() -> new IllegalArgumentException("Not a quarter: " + quarter));
        return new KpiBatch(q, committee, dimension, kpis.compute(q, committee, dimension));
    }
}
