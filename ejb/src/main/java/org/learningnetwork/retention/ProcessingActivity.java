package org.learningnetwork.retention;

import java.util.List;
import java.util.Set;

/**
 * The record of processing (UK GDPR Art. 30): what Learning Network does with personal data, each activity with
 * the tables it keeps and the retention rules that limit how long. The purpose, lawful basis, people concerned,
 * kinds of data and recipients are in the web bundle ({@code processing.<ACTIVITY>.*}).
 * Every table about people and every retention rule belongs to at least one activity (tested), so a new one
 * cannot be left out of the record.
 */
public enum ProcessingActivity {
    /**
     * Applying for, booking, attending and recording learning (self-guided learning done, learning people record
     * themselves, confirmed by their line manager, and learning managers ask the learning team to arrange for their team).
     */
    LEARNING_ADMINISTRATION(Set.of("person", "person_workforce_group", "booking", "booking_event", "learning_record",
            "session_facilitator", "own_learning", "team_request", "team_request_member", "cancel_link"),
            List.of(RecordType.PERSON, RecordType.BOOKING_TEXT, RecordType.BOOKING_ADJUSTMENTS, RecordType.BOOKING_LINK)),
    /** A line manager's approval of a request, by account or by a link sent to them. */
    MANAGER_APPROVAL(Set.of("booking_event", "approval_link"), List.of(RecordType.APPROVAL_LINK, RecordType.BOOKING_TEXT)),
    /** The fair allocation of places on note-of-interest sessions. */
    ALLOCATION(Set.of("allocation", "allocation_line"), List.of(RecordType.ALLOCATION)),
    /** E-mails about bookings, approvals, reminders and places offered. */
    NOTIFICATIONS(Set.of("mail_outbox"), List.of(RecordType.MAIL_OUTBOX)),
    /**
     * What each person's job roles require them to learn, where they stand on it, and the learning needs agreed in
     * their supervision and appraisal.
     */
    PATHWAYS(Set.of("person", "person_role_profile", "pathway_reminder", "learning_record", "learning_need"),
            List.of(RecordType.PERSON, RecordType.MAIL_OUTBOX, RecordType.LEARNING_NEED)),
    /**
     * The qualifications people hold and are working towards, their credit for prior learning and their registration with
     * the regulator (with alerts before a renewal or condition falls due), so that partners meet the registration
     * requirements for their staff and plan the workforce.
     */
    WORKFORCE_DEVELOPMENT(Set.of("person", "person_qualification", "prior_learning_credit", "registration", "registration_condition",
            "registration_alert"), List.of(RecordType.PERSON, RecordType.MAIL_OUTBOX)),
    /** Sign-in accounts and what each may do. */
    ACCOUNTS(Set.of("user_account", "user_account_role", "user_account_committee", "user_account_partnership", "account_link", "trusted_device"),
            List.of(RecordType.PERSON, RecordType.ACCOUNT_LINK, RecordType.TRUSTED_DEVICE)),
    /** Keeping the workforce up to date from the council's HR system. */
    HR_IMPORT(Set.of("person", "person_workforce_group", "user_account", "hr_import", "hr_import_line"),
            List.of(RecordType.HR_IMPORT, RecordType.PERSON)),
    /** The protection committees' figures, which identify no one. */
    REPORTING(Set.of("person", "person_workforce_group", "booking", "learning_record", "committee_recipient"), List.of(RecordType.PERSON)),
    /** The audit log of who viewed, exported, changed or erased personal data. */
    AUDIT(Set.of("audit_entry"), List.of(RecordType.AUDIT_ENTRY)),
    /** Legal holds, erasure requests and subject access requests. */
    DATA_PROTECTION_CASES(Set.of("legal_hold", "erasure_request", "subject_access_request", "retention_sweep"),
            List.of(RecordType.DATA_PROTECTION_CASE, RecordType.PERSON)),
    /** News of upcoming learning, e-mailed to those who consented, and the calendar's updates to service managers. */
    DISTRIBUTION_LIST(Set.of("distribution_member", "distribution_leave_link", "distribution_message", "calendar_service_manager"),
            List.of(RecordType.DISTRIBUTION_LIST, RecordType.MAIL_OUTBOX, RecordType.PERSON)),
    /** Evaluation of courses and their impact on practice, fed back to each practitioner and, monthly, to their team's manager. */
    EVALUATION(Set.of("evaluation_request", "evaluation_response", "evaluation_answer", "team_summary_sent"), List.of(RecordType.EVALUATION_TEXT,
            RecordType.EVALUATION_REQUEST, RecordType.PERSON)),
    /**
     * Action-learning sets and communities of practice: who applied, was invited, joined and left, who facilitates,
     * attendance at meetings, members' and facilitators' reflective logs, and the sets' longitudinal questionnaires.
     */
    ACTION_LEARNING(Set.of("learning_set_facilitator", "set_member", "set_attendance", "reflective_log_entry", "evaluation_request",
            "evaluation_response", "evaluation_answer"), List.of(RecordType.REFLECTIVE_LOG, RecordType.EVALUATION_TEXT,
            RecordType.EVALUATION_REQUEST, RecordType.MAIL_OUTBOX, RecordType.PERSON));

    private final Set<String> tables;
    private final List<RecordType> retention;

    ProcessingActivity(Set<String> tables, List<RecordType> retention) {
        this.tables = tables;
        this.retention = retention;
    }

    /** The tables about people this activity keeps. */
    public Set<String> getTables() {
        return tables;
    }

    /** Those tables by name, in order, for the record. */
    public String getTableList() {
        return String.join(", ", new java.util.TreeSet<>(tables));
    }

    /** The retention rules that limit how long this activity's data is kept. */
    public List<RecordType> getRetention() {
        return retention;
    }
}
