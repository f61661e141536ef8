package org.learningnetwork.platform;

import java.math.BigDecimal;

/** Amounts of money in pounds as people type and read them ("45", "£45.50"), kept as whole pence. */
public final class Money {

    private Money() {
    }

    /** The pence in an amount of pounds, or {@code null} if the text is not an amount. */
    public static Integer pence(String pounds) {
        String cleaned = pounds == null ? null : pounds.trim().replaceFirst("^£", "");
        BigDecimal amount = Numbers.decimal(cleaned, 2);
        if (amount == null || amount.compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
            return null;
        }
        return amount.movePointRight(2).intValueExact();
    }

    /** Pence written as pounds with two decimal places, without the sign: 4550 is "45.50". */
    public static String pounds(int pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2).toPlainString();
    }
}
