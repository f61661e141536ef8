package org.learningnetwork.catalogue;

import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When after a session its learners, and separately their line managers, are asked whether and how the learning
 * changed practice (Kirkpatrick level 3): six weeks, three months (the default) or six months; a course may choose
 * any of them. Stored by ISO-8601 code.
 */
public enum FollowUp {
    SIX_WEEKS(Period.ofWeeks(6), "P6W"),
    THREE_MONTHS(Period.ofMonths(3), "P3M"),
    SIX_MONTHS(Period.ofMonths(6), "P6M");

    public static final FollowUp DEFAULT = THREE_MONTHS;

    private final Period after;
    private final String code;

    FollowUp(Period after, String code) {
        this.after = after;
        this.code = code;
    }

    /** How long after the session. */
    public Period after() {
        return after;
    }

    /** The ISO-8601 period, as stored. */
    public String code() {
        return code;
    }

    public static FollowUp ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No follow-up " + code));
    }

    static List<FollowUp> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).map(FollowUp::ofCode).sorted().toList();
    }

    static String format(Collection<FollowUp> followUps) {
        return followUps == null ? "" : followUps.stream().distinct().sorted().map(FollowUp::code).collect(Collectors.joining(","));
    }
}
