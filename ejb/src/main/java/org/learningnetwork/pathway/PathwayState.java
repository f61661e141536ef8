package org.learningnetwork.pathway;

/** Where a person stands on one learning requirement of their role, worst first. */
public enum PathwayState {
    /** Done once and lapsed since: to be refreshed now. */
    OVERDUE,
    /** Required and never done. */
    NOT_STARTED,
    /** Done, and lapsing within the due-soon window. */
    DUE_SOON,
    /** Done, and valid beyond the due-soon window (or for good). */
    MET;

    /** Whether the requirement is a gap to close now: overdue or not started. */
    public boolean isGap() {
        return this == OVERDUE || this == NOT_STARTED;
    }

    /** Whether the requirement counts as met today (due soon is still met). */
    public boolean isMet() {
        return this == MET || this == DUE_SOON;
    }
}
