package org.learningnetwork.catalogue;

/** What a piece of self-guided learning is. */
public enum ResourceKind {
    E_LEARNING,
    BRIEFING,
    VIDEO,
    PODCAST,
    READING
}
