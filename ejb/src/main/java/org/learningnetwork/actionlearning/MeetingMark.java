package org.learningnetwork.actionlearning;

/** A member's attendance at one meeting. */
public enum MeetingMark {
    ATTENDED,
    APOLOGIES,
    ABSENT
}
