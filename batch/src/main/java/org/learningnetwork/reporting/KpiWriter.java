package org.learningnetwork.reporting;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Stores each breakdown's figures in place of any stored before (in the chunk's transaction). With the job parameter
 * {@code pauseMillis} (0 to 60,000; none by default) it pauses that long after each chunk, to spare a busy database.
 */
@Named
@Dependent
public class KpiWriter extends AbstractItemWriter {

    @Inject
    private Kpis kpis;

    @Inject
    @BatchProperty
    private String pauseMillis;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            KpiBatch batch = (KpiBatch) item;
            kpis.replace(batch.quarter(), batch.committee(), batch.dimension(), batch.figures());
        }
        long pause = pause(pauseMillis);
        if (pause > 0) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static long pause(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Math.max(0, Math.min(60_000, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
