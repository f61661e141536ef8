package org.learningnetwork.actionlearning;

/** How people join a set. */
public enum Joining {
    /** They apply; their line manager approves (where they have one), then the learning team gives a place. */
    APPLICATION,
    /** The learning team invites them; they accept or decline. */
    INVITATION,
    /** Anyone joins at once (a community of practice). */
    OPEN
}
