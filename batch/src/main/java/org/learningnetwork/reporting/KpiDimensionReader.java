package org.learningnetwork.reporting;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;

/** Reads a committee's breakdowns one by one; the checkpoint is how many are done, so a restart goes on from there. */
@Named
@Dependent
public class KpiDimensionReader extends AbstractItemReader {

    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Integer done) {
            next = done;
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
