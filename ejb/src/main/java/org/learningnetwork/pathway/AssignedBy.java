package org.learningnetwork.pathway;

/** Who gave a person a role profile. */
public enum AssignedBy {
    /** The council's HR export (the role profile's code in its column). */
    HR_IMPORT,
    /** The person's line manager. */
    MANAGER,
    /** The learning team. */
    LEARNING_TEAM
}
