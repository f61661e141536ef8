package org.learningnetwork.reporting.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.reporting.KpiPart;
import org.learningnetwork.reporting.KpiService;

/** Works out one part of the job's quarter's figures, for every committee and breakdown. */
@Named
@Dependent
public class KpiProcessor implements ItemProcessor {

    @Inject
    private KpiService kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public Object processItem(Object item) {
        KpiPart part = (KpiPart) item;
        Quarter q = Quarter.parse(quarter).orElseThrow(() -> new IllegalArgumentException("Not a quarter: " + quarter));
        return new KpiBatch(q, part, kpis.compute(q, part));
    }
}
