package org.learningnetwork.ownlearning;

/** What kind of learning a person recorded themselves. */
public enum OwnLearningKind {
    SINGLE_AGENCY_TRAINING,
    TEAM_BRIEFING,
    WORKSHOP,
    CONFERENCE,
    COACHING,
    SHADOWING,
    READING,
    /** Learning the person shared or delivered to others: a briefing they gave, coaching they did. */
    DELIVERING,
    /** Facilitating a session of the catalogue: recorded from its register, not typed. */
    FACILITATING,
    OTHER;

    /** The kinds a person can choose (facilitating a session is recorded from its register). */
    public static java.util.List<OwnLearningKind> chosen() {
        return java.util.Arrays.stream(values()).filter(k -> k != FACILITATING).toList();
    }
}
