package org.learningnetwork.catalogue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A financial year, April to March, named by the year it starts in ({@code 2026} is April 2026 to March 2027): the
 * annual calendar is published at its start (seed 002).
 */
public record FinancialYear(int startYear) {

    /** The first and last years a calendar can be asked for. */
    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public FinancialYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("A financial year from " + FIRST + " to " + LAST);
        }
    }

    /** The financial year a day falls in. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** Its first day, 1 April. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** The day after its last, 1 April of the next year. */
    public LocalDate end() {
        return start().plusYears(1);
    }

    public ZonedDateTime startAt(ZoneId zone) {
        return start().atStartOfDay(zone);
    }

    public ZonedDateTime endAt(ZoneId zone) {
        return end().atStartOfDay(zone);
    }

    /** Its twelve months, April first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start()); month.isBefore(YearMonth.from(end())); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** As people write it: {@code 2026–27}. */
    public String label() {
        return startYear + "\u2013" + String.format("%02d", (startYear + 1) % 100);
    }
}
