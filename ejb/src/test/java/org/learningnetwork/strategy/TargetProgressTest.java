package org.learningnetwork.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.learningnetwork.strategy.TargetProgress.Status;

class TargetProgressTest {

    @Test
    void aPriorityWithoutANumberHasNoTarget() {
        assertEquals(Status.NO_TARGET, new TargetProgress(null, 5, 2).status());
        assertEquals(0, new TargetProgress(null, 0, 0).toPlan());
    }

    @Test
    void deliveredEnoughIsMet() {
        assertEquals(Status.MET, new TargetProgress(3, 3, 0).status());
        assertEquals(Status.MET, new TargetProgress(3, 4, 1).status());
    }

    @Test
    void plannedEnoughIsOnTrackAndTooFewIsShortBySoMany() {
        assertEquals(Status.ON_TRACK, new TargetProgress(4, 1, 3).status());
        assertEquals(0, new TargetProgress(4, 1, 3).toPlan());
        assertEquals(Status.SHORT, new TargetProgress(4, 1, 1).status());
        assertEquals(2, new TargetProgress(4, 1, 1).toPlan());
        assertEquals(Status.SHORT, new TargetProgress(1, 0, 0).status());
    }
}
