package org.learningnetwork.retention;

/** What happens to a record when its retention period has passed. */
public enum RetentionAction {
    /** Personal data is replaced by anonymous values; the facts that figures need (agency, group, attendance) stay. */
    ANONYMISE,
    /** The record is removed. */
    DELETE
}
