package org.learningnetwork.evaluation.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.evaluation.CourseImpactService;
import org.learningnetwork.figures.Quarter;

/**
 * Reads the quarters whose course impact is to be worked out, one by one: those whose figures can still change
 * ({@link CourseImpactService#openQuarters()}), or only the job parameter {@code quarter} when it is given. The checkpoint is
 * how many are done, so a restart goes on from there.
 */
@Named
@Dependent
public class ImpactQuarterReader extends AbstractItemReader {

    @Inject
    private CourseImpactService impacts;

    @Inject
    @BatchProperty
    private String quarter;

    private List<Quarter> quarters;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (quarter != null && !quarter.isBlank()) {
            quarters = List.of(Quarter.parse(quarter.strip()).orElseThrow(() -> new IllegalArgumentException("Not a quarter: " + quarter)));
        } else {
            quarters = impacts.openQuarters();
        }
        if (checkpoint instanceof Integer done) {
            next = done;
        }
    }

    @Override
    public Object readItem() {
        return next < quarters.size() ? quarters.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
