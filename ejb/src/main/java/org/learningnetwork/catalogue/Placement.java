package org.learningnetwork.catalogue;

import java.util.List;
import org.learningnetwork.reference.FrameworkExpectation;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * Where the "what do I need?" tool places someone: a workforce group, and what the framework expects at
 * that level and every level below it, lowest first.
 */
public record Placement(WorkforceGroup group, List<FrameworkExpectation> expectations) {

    public WorkforceGroup getGroup() {
        return group;
    }

    public List<FrameworkExpectation> getExpectations() {
        return expectations;
    }
}
