package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.learningnetwork.evaluation.SetQuestionnaireService;

/**
 * Reads the members of action-learning sets with a questionnaire due, in id order, a page at a time; the checkpoint
 * is the last id read.
 */
@Named
@Dependent
public class SetQuestionnaireReader extends AbstractItemReader {

    @Inject
    private SetQuestionnaireService questionnaires;

    private final Deque<Long> page = new ArrayDeque<>();
    private long after;
    private boolean done;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Long restart) {
            after = restart;
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !done) {
            page.addAll(questionnaires.due(after, FollowUpReader.PAGE));
            done = page.size() < FollowUpReader.PAGE;
        }
        Long next = page.pollFirst();
        if (next != null) {
            after = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
