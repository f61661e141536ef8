package org.learningnetwork.reporting.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.reporting.KpiService;

/** Stores each part of the figures in the quarter's rows, in place of what it stored before (in the chunk's transaction). */
@Named
@Dependent
public class KpiWriter extends AbstractItemWriter {

    @Inject
    private KpiService kpis;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            KpiBatch batch = (KpiBatch) item;
            kpis.store(batch.quarter(), batch.part(), batch.figures());
        }
    }
}
