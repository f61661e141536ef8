package org.learningnetwork.evaluation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Sends each reminder read, with a new link (in the chunk's transaction). */
@Named
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    private FollowUps followUps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            followUps.remind((Long) item);
        }
    }
}
