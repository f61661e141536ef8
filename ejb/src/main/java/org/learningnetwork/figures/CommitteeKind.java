package org.learningnetwork.figures;

/** What a committee is, for what it may do: agree costs, approve them, receive the quarterly pack. */
public enum CommitteeKind {
    /** A protection committee or partnership: it agrees its learning's costs and reads its figures. */
    COMMITTEE,
    /** A sub-group of one or more committees, such as the Learning and Practice Development Sub-group. */
    SUB_GROUP,
    /** The Chief Officers Group: it approves what the committees agree, costs included. */
    CHIEF_OFFICERS;

    /** Whether a committee of this kind agrees the cost of learning (the Chief Officers Group approves it instead). */
    public boolean agreesCosts() {
        return this != CHIEF_OFFICERS;
    }
}
