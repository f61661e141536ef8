package org.learningnetwork.organisation;

/** How an organisation takes part in a partnership. */
public enum Membership {
    /** A partner: signed up to the partnership's strategy and its committees. */
    FULL,
    /** Takes part without being a partner: a provider or national agency whose staff learn with the partnership. */
    ASSOCIATE
}
