package org.learningnetwork.reporting;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads a committee's breakdowns one by one; the checkpoint is how many are done, so a restart goes on from there. A
 * run that goes on with one the server's stop interrupted (job parameter {@code resume}) starts after the breakdowns,
 * in order, whose figures that run stored (one with no figures at all is worked out again: replacing is harmless).
 */
@Named
@Dependent
public class KpiDimensionReader extends AbstractItemReader {

    @Inject
    private Kpis kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Inject
    @BatchProperty
    private String committee;

    @Inject
    @BatchProperty
    private String resume;

    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Integer done) {
            next = done;
        } else if (Boolean.parseBoolean(resume)) {
            java.util.Set<KpiDimension> stored = kpis.storedDimensions(Quarter.parse(quarter).orElseThrow(), committee);
            while (next < KpiDimension.values().length && stored.contains(KpiDimension.values()[next])) {
                next++;
            }
        }
    }

    @Override
    public Object readItem() {
        return next < KpiDimension.values().length ? KpiDimension.values()[next++] : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
