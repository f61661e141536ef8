package org.learningnetwork.pathway;

/** How pressing a learning need is: the training-needs analysis counts the high ones apart. */
public enum NeedPriority {
    HIGH,
    MEDIUM,
    LOW
}
