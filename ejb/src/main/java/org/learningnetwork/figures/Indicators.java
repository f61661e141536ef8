package org.learningnetwork.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of the indicators: rates as percentages and means, each to one decimal place (half up), and none
 * (shown as "no data") where there is nothing to divide by.
 */
public final class Indicators {

    private Indicators() {
    }

    /** {@code part} as a percentage of {@code whole}; none when the whole is zero. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} values summing to {@code sum}; none when there are none. */
    public static BigDecimal mean(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** An amount in pence shared by {@code people}, in pounds to the penny; none when nobody. */
    public static BigDecimal poundsEach(long pence, long people) {
        if (people == 0) {
            return null;
        }
        return BigDecimal.valueOf(pence).divide(BigDecimal.valueOf(100L * people), 2, RoundingMode.HALF_UP);
    }
}
