package org.learningnetwork.evaluation.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.learningnetwork.catalogue.FollowUp;
import org.learningnetwork.evaluation.DueFollowUp;
import org.learningnetwork.evaluation.FollowUpService;

/**
 * Reads the follow-ups that have fallen due, one kind of follow-up after another, each in booking id order, a page at
 * a time. The checkpoint is the kind and the last booking read; follow-ups issued meanwhile are no longer due, so a
 * restart from it issues nothing twice.
 */
@Named
@Dependent
public class FollowUpReader extends AbstractItemReader {

    static final int PAGE = 100;

    /** Where reading has got to: the index of the follow-up kind and the last booking id read of it. */
    record Position(int followUp, long after) implements Serializable {
    }

    @Inject
    private FollowUpService followUps;

    private final Deque<DueFollowUp> page = new ArrayDeque<>();
    private Position position = new Position(0, 0);

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Position restart) {
            position = restart;
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty()) {
            if (position.followUp() >= FollowUp.values().length) {
                return null;
            }
            page.addAll(followUps.due(FollowUp.values()[position.followUp()], position.after(), PAGE));
            if (page.isEmpty()) {
                position = new Position(position.followUp() + 1, 0);
            }
        }
        DueFollowUp next = page.removeFirst();
        position = new Position(position.followUp(), next.bookingId());
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
