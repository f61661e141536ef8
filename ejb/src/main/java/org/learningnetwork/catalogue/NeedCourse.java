package org.learningnetwork.catalogue;

import java.time.Instant;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * A course the "what do I need?" tool lists for a workforce group: the course, its next session (none for
 * self-guided learning or when nothing is planned), and the group of the framework it is for (the person's own, or
 * one below it).
 */
public record NeedCourse(Course course, Instant nextSessionStart, WorkforceGroup level) {

    public Course getCourse() {
        return course;
    }

    public Instant getNextSessionStart() {
        return nextSessionStart;
    }

    public WorkforceGroup getLevel() {
        return level;
    }
}
