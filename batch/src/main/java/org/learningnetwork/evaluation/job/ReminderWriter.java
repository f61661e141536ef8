package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.evaluation.FollowUpService;

/** Sends each reminder read, with a new link (in the chunk's transaction). */
@Named
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    private FollowUpService followUps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            followUps.remind((Long) item);
        }
    }
}
