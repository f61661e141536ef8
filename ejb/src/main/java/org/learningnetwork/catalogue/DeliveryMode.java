package org.learningnetwork.catalogue;

/** How a course is delivered. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE_LIVE,
    E_LEARNING,
    SEVEN_MINUTE_BRIEFING,
    COMMUNITY_OF_PRACTICE,
    ACTION_LEARNING_SET
}
