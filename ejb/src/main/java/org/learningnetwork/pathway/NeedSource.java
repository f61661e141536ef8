package org.learningnetwork.pathway;

/** Where a learning need was agreed. */
public enum NeedSource {
    SUPERVISION,
    APPRAISAL
}
