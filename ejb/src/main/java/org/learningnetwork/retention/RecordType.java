package org.learningnetwork.retention;

import java.util.Set;

/**
 * The types of record that hold personal data, each with the triggers and actions its retention rule may use:
 * a person is only ever anonymised (their agency, workforce group and attendance stay for the figures), while
 * links, mails and old audit entries are simply deleted.
 */
public enum RecordType {
    /** A person's name, work e-mail, phone and job title, and their sign-in account. */
    PERSON(Set.of(RetentionTrigger.LAST_ACTIVITY), Set.of(RetentionAction.ANONYMISE)),
    /** What people wrote on a booking: the learning need, reasons for declining or cancelling. */
    BOOKING_TEXT(Set.of(RetentionTrigger.SESSION_END), Set.of(RetentionAction.ANONYMISE)),
    /** What people said they need to take part in a session: access, dietary or other reasonable adjustments. */
    BOOKING_ADJUSTMENTS(Set.of(RetentionTrigger.SESSION_END), Set.of(RetentionAction.ANONYMISE)),
    /** A note-of-interest session's allocation: the facts weighed for each applicant. */
    ALLOCATION(Set.of(RetentionTrigger.SESSION_END), Set.of(RetentionAction.DELETE)),
    /** Links sent to line managers without an account to approve a request. */
    APPROVAL_LINK(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** Links sent to learners who cannot sign in to cancel a booking without signing in. */
    BOOKING_LINK(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** Links sent to set a password: invitations to an account, forgotten passwords, the first administrator's. */
    ACCOUNT_LINK(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** Browsers trusted to sign in to an account while it is locked (the digest of a cookie's token). */
    TRUSTED_DEVICE(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** HR exports uploaded for the HR import, and what each did line by line. */
    HR_IMPORT(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** E-mails sent (their addresses and text). */
    MAIL_OUTBOX(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** Entries of the audit log (account ids and record ids; removed from the oldest, keeping the chain checkable). */
    AUDIT_ENTRY(Set.of(RetentionTrigger.CREATED), Set.of(RetentionAction.DELETE)),
    /** The data protection officer's case records: legal holds, erasure requests and subject access requests. */
    DATA_PROTECTION_CASE(Set.of(RetentionTrigger.CLOSED), Set.of(RetentionAction.DELETE)),
    /** What people wrote in answer to evaluations (their scores, choices and yes or no stay for the figures). */
    EVALUATION_TEXT(Set.of(RetentionTrigger.SESSION_END), Set.of(RetentionAction.ANONYMISE)),
    /** Memberships of the course distribution list that were withdrawn (with the consent given, and the leave links). */
    DISTRIBUTION_LIST(Set.of(RetentionTrigger.WITHDRAWN), Set.of(RetentionAction.DELETE)),
    /**
     * Requests to evaluate a course (who was asked, about whose booking, and the link): deleted, and the answers given
     * through them no longer say whose they are (they still count in the figures).
     */
    EVALUATION_REQUEST(Set.of(RetentionTrigger.SESSION_END), Set.of(RetentionAction.DELETE)),
    /** Learning needs agreed in supervision or appraisal, once met or dropped (open ones go with the person). */
    LEARNING_NEED(Set.of(RetentionTrigger.CLOSED), Set.of(RetentionAction.DELETE)),
    /**
     * Reflective log entries on action-learning sets, members' and facilitators', once the author's part in the set
     * ended (they left it, or it closed).
     */
    REFLECTIVE_LOG(Set.of(RetentionTrigger.ENDED), Set.of(RetentionAction.DELETE));

    private final Set<RetentionTrigger> triggers;
    private final Set<RetentionAction> actions;

    RecordType(Set<RetentionTrigger> triggers, Set<RetentionAction> actions) {
        this.triggers = triggers;
        this.actions = actions;
    }

    public Set<RetentionTrigger> getTriggers() {
        return triggers;
    }

    public Set<RetentionAction> getActions() {
        return actions;
    }
}
