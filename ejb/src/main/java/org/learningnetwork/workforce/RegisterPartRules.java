package org.learningnetwork.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * What is wrong with a part of the register as the learning team would save it: a name no other part has, a renewal
 * period of 12 to 120 months, and the hours of learning expected in it, 0 to 1000 in quarter hours or finer (two
 * decimal places at most).
 */
public final class RegisterPartRules {

    static final int FEWEST_MONTHS = 12;
    static final int MOST_MONTHS = 120;
    static final BigDecimal MOST_HOURS = new BigDecimal("1000");

    private RegisterPartRules() {
    }

    /** Every problem, in the form's order; {@code months} or {@code hours} is {@code null} when missing or not a number. */
    public static List<Problem> problems(String name, boolean nameTaken, Integer months, BigDecimal hours) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "registerPart.name.required"));
        } else if (name.length() > 200) {
            problems.add(new Problem("name", "registerPart.name.size"));
        } else if (nameTaken) {
            problems.add(new Problem("name", "registerPart.name.taken"));
        }
        if (months == null || months < FEWEST_MONTHS || months > MOST_MONTHS) {
            problems.add(new Problem("renewalMonths", "registerPart.renewalMonths.range"));
        }
        if (hours == null || hours.signum() < 0 || hours.compareTo(MOST_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("learningHours", "registerPart.learningHours.range"));
        }
        return problems;
    }
}
