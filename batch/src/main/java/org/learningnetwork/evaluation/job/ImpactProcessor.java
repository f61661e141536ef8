package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.evaluation.CourseImpactService;
import org.learningnetwork.figures.Quarter;

/** Works out the impact of every course with sessions in the quarter read. */
@Named
@Dependent
public class ImpactProcessor implements ItemProcessor {

    @Inject
    private CourseImpactService impacts;

    @Override
    public Object processItem(Object item) {
        Quarter quarter = (Quarter) item;
        return new ImpactBatch(quarter, impacts.compute(quarter));
    }
}
