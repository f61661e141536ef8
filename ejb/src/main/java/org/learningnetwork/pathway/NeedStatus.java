package org.learningnetwork.pathway;

/** How far a learning need has got: open (agreed, in progress) or closed (met, dropped). */
public enum NeedStatus {
    AGREED,
    IN_PROGRESS,
    MET,
    DROPPED;

    /** Met or dropped: no longer a need, and its retention period runs from the closing. */
    public boolean isClosed() {
        return this == MET || this == DROPPED;
    }
}
