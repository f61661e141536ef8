package org.learningnetwork.evaluation;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** How many times a barrier to putting the learning into practice was chosen at the follow-ups. */
@Embeddable
public class BarrierCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private String barrier;
    private int mentions;

    protected BarrierCount() {
    }

    public BarrierCount(String barrier, int mentions) {
        this.barrier = barrier;
        this.mentions = mentions;
    }

    public String getBarrier() {
        return barrier;
    }

    public int getMentions() {
        return mentions;
    }
}
