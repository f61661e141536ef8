package org.learningnetwork.notification;

/** What an e-mail tells its reader; each kind has its subject and text in the mail bundle. */
public enum MailKind {
    REQUEST_RECEIVED,
    APPROVAL_NEEDED,
    APPROVED,
    DECLINED,
    CONFIRMED,
    WAITLISTED,
    OFFER,
    OFFER_EXPIRED,
    REMINDER_WEEK,
    REMINDER_DAY,
    CANCELLED,
    SESSION_CANCELLED,
    /** To the learning team: a note-of-interest session's places were allocated at its close, ready to check. */
    ALLOCATION_READY,
    /** To a learner marked attended: please evaluate the course (with the link to the form). */
    EVALUATION,
    /** To the people on the course distribution list: news of upcoming learning, with a link to leave. */
    DISTRIBUTION
}
