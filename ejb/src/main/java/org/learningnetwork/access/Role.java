package org.learningnetwork.access;

/**
 * The roles a person can hold; one person may hold several. The names are also the security role and
 * group names used by the container (see {@link Roles} for the constants used in annotations).
 */
public enum Role {
    LEARNER,
    MANAGER,
    COORDINATOR,
    FACILITATOR,
    COMMITTEE,
    DPO,
    ADMIN
}
