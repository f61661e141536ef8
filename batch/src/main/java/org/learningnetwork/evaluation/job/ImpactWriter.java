package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.evaluation.CourseImpactService;

/**
 * Stores each quarter's course impact in place of the figures stored before (in the chunk's transaction). The step's
 * exit status is IMPACT:<quarters>:<courses> so far, kept with the checkpoint.
 */
@Named
@Dependent
public class ImpactWriter extends AbstractItemWriter {

    @Inject
    private CourseImpactService impacts;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int[] done = step.getPersistentUserData() instanceof int[] before ? before.clone() : new int[2];
        for (Object item : items) {
            ImpactBatch batch = (ImpactBatch) item;
            impacts.replace(batch.quarter(), batch.impacts());
            done[0]++;
            done[1] += batch.impacts().size();
        }
        step.setPersistentUserData(done);
        step.setExitStatus("IMPACT:" + done[0] + ":" + done[1]);
    }
}
