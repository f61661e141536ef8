package org.learningnetwork.notification;

/** What an e-mail tells its reader; each kind has its subject and text in the mail bundle. */
public enum MailKind {
    REQUEST_RECEIVED,
    APPROVAL_NEEDED,
    /** To the learning team: a request from someone with no line manager, for them to decide. */
    APPROVAL_NEEDED_LEARNING_TEAM,
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
    /** To a learner at a follow-up after the session: has the learning changed your practice? */
    FOLLOW_UP,
    /** To the learner's line manager at a follow-up: has the learning changed their practice? */
    FOLLOW_UP_MANAGER,
    /** A reminder of an evaluation not yet answered, with a new link. */
    EVALUATION_REMINDER,
    /** To a committee's distribution list: the quarter's KPI report pack, attached (its words are in the KPI bundle). */
    KPI_REPORT,
    /** To the people on the course distribution list: news of upcoming learning, with a link to leave. */
    DISTRIBUTION,
    /** To a person given an account: the link that sets their password. */
    ACCOUNT_INVITATION,
    /** To a person who asked: the link that sets a new password. */
    PASSWORD_RESET,
    /** To the first administrator of a new installation: the link that sets their password. */
    FIRST_ADMINISTRATOR,
    /** To a person: learning their roles require falls due soon, or has lapsed. */
    PATHWAY_REMINDER,
    /** To their line manager: the same, about a member of their team. */
    PATHWAY_REMINDER_MANAGER,
    /** To the learning team: a line manager asks for learning for their team. */
    TEAM_REQUEST_RECEIVED,
    /** To a person: their registration's renewal, or a condition on it, falls due in six, three or one month(s). */
    REGISTRATION_ALERT,
    /** To their line manager: the same, about a member of their team. */
    REGISTRATION_ALERT_MANAGER,
    /** To a line manager: the learning team will arrange the learning they asked for their team. */
    TEAM_REQUEST_ACCEPTED,
    /** To a line manager: the learning team cannot arrange the learning they asked for, and why. */
    TEAM_REQUEST_DECLINED,
    /** To a line manager: a session is set for their team, and how booking each member went. */
    TEAM_REQUEST_SCHEDULED,
    /** To a line manager, monthly: their team's learning the month before, and what its evaluations said. */
    TEAM_SUMMARY,
    /** To service managers and the sub-group, monthly or when the learning team sends one: the calendar's next months. */
    CALENDAR_UPDATE,
    /** To a person the learning team invites to an action-learning set or community of practice. */
    SET_INVITATION,
    /** To a line manager: a member of their team applied to a set, for them to approve. */
    SET_APPROVAL_NEEDED,
    /** To the learning team: an application to a set waits for a place. */
    SET_APPLICATION,
    /** To a person: they have a place in a set, with its meetings. */
    SET_JOINED,
    /** To a person: their application to a set was declined. */
    SET_DECLINED,
    /** To a member: a meeting of their set, as a calendar invitation. */
    SET_MEETING,
    /** To a member: a meeting of their set is cancelled (the calendar's event is removed). */
    SET_MEETING_CANCELLED,
    /** To a member or their line manager: the set's longitudinal questionnaire, with the link to answer. */
    SET_QUESTIONNAIRE,
    /** To a line manager: the same, about a member of their team. */
    SET_QUESTIONNAIRE_MANAGER
}
