package org.learningnetwork.audit;

/** What an audited actor did to the target record. */
public enum AuditAction {
    /** Looked at personal data (a person's record, learning record, a subject access export). */
    VIEWED,
    /** Took personal data out of the application (a download: roster, allocation, subject access file). */
    EXPORTED,
    CREATED,
    CHANGED,
    DELETED,
    /** Replaced personal data by anonymous values, keeping the facts that figures need. */
    ANONYMISED,
    /** Erased at the person's request (UK GDPR Art. 17). */
    ERASED,
    /** Tried something the actor may not do with personal data (refused, and recorded). */
    REFUSED,
    /** Signed in (the target is the account). */
    SIGNED_IN,
    /**
     * A sign-in that failed: a wrong password for the account (the target), a locked or deactivated account, or a
     * username that names no account (no target); the detail says which, never what was typed.
     */
    SIGN_IN_FAILED
}
