package org.learningnetwork.actionlearning;

import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When a set's longitudinal questionnaire is asked of a member (and, where the set asks, their line manager): at
 * joining, as a baseline, and at offsets after it. Stored by code ({@code JOIN} or an ISO-8601 period).
 */
public enum Checkpoint {
    AT_JOINING(Period.ZERO, "JOIN"),
    THREE_MONTHS(Period.ofMonths(3), "P3M"),
    SIX_MONTHS(Period.ofMonths(6), "P6M"),
    TWELVE_MONTHS(Period.ofMonths(12), "P12M"),
    TWENTY_FOUR_MONTHS(Period.ofMonths(24), "P24M");

    /** What a new set asks: at joining, and 3, 6 and 12 months on. */
    public static final List<Checkpoint> DEFAULT = List.of(AT_JOINING, THREE_MONTHS, SIX_MONTHS, TWELVE_MONTHS);

    private final Period after;
    private final String code;

    Checkpoint(Period after, String code) {
        this.after = after;
        this.code = code;
    }

    /** How long after joining. */
    public Period after() {
        return after;
    }

    /** As stored, and as a request's follow-up code. */
    public String code() {
        return code;
    }

    public static Checkpoint ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No checkpoint " + code));
    }

    static List<Checkpoint> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).map(Checkpoint::ofCode).sorted().toList();
    }

    static String format(Collection<Checkpoint> checkpoints) {
        return checkpoints == null ? "" : checkpoints.stream().distinct().sorted().map(Checkpoint::code).collect(Collectors.joining(","));
    }
}
