package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.evaluation.DueFollowUp;
import org.learningnetwork.evaluation.FollowUpService;

/** Issues each follow-up read: to the learner and, separately, to their line manager (in the chunk's transaction). */
@Named
@Dependent
public class FollowUpWriter extends AbstractItemWriter {

    @Inject
    private FollowUpService followUps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            followUps.issue((DueFollowUp) item);
        }
    }
}
