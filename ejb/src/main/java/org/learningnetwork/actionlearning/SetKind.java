package org.learningnetwork.actionlearning;

/** What a group is: an action-learning set (a small facilitated group meeting in a series) or a community of practice (open, lighter). */
public enum SetKind {
    ACTION_LEARNING_SET,
    COMMUNITY_OF_PRACTICE
}
