package org.learningnetwork.actionlearning;

/** Where a person stands with a set. */
public enum MemberStatus {
    /** Applied; their line manager is to approve. */
    AWAITING_MANAGER,
    /** Applied (and approved where needed); the learning team is to give a place. */
    APPLIED,
    /** Invited by the learning team; they are to accept or decline. */
    INVITED,
    MEMBER,
    /** Their application or invitation was declined (by them, their manager or the learning team). */
    DECLINED,
    /** Was a member and left (or was taken off). */
    LEFT;

    /** Whether the person is waiting for someone to decide. */
    public boolean isPending() {
        return this == AWAITING_MANAGER || this == APPLIED || this == INVITED;
    }
}
