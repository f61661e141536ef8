package org.learningnetwork.catalogue;

import java.time.Instant;

/** A course as listed in the catalogue, with the start of its next session ({@code null} if none is planned). */
public record CatalogueEntry(Course course, Instant nextSessionStart) {

    public Course getCourse() {
        return course;
    }

    public Instant getNextSessionStart() {
        return nextSessionStart;
    }
}
