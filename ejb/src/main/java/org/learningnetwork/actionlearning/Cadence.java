package org.learningnetwork.actionlearning;

/** How often a series of meetings recurs. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    /** The same weekday of the same week of each month (the second Tuesday, say; the last one where a month has no fifth). */
    MONTHLY
}
