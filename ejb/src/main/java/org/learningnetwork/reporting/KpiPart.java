package org.learningnetwork.reporting;

/**
 * The parts of a quarter's figures, each worked out at once for every committee and breakdown from its own facts, and
 * stored on its own (one chunk of the quarterly KPI job each): the rows of figures take each part's columns in turn.
 */
public enum KpiPart {
    /** Bookings and their attendance, late cancellations, people waiting, learners and agencies reached, cost. */
    BOOKINGS,
    /** End-of-course evaluations requested and answered. */
    EVALUATIONS,
    /** Sessions delivered and their places. */
    SESSIONS,
    /** Training hours recorded. */
    HOURS,
    /** Satisfaction, confidence change and changed practice, from the answers. */
    ANSWERS,
    /** Pathway compliance on the quarter's last day. */
    PATHWAYS
}
