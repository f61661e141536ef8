package org.learningnetwork.figures;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.RejectedException;

/**
 * A UK financial quarter: the financial year (named by the year it starts in, in April) and its number, Q1 being
 * April to June. Written {@code 2026-Q1} (April to June 2026); Q4 of 2026 is January to March 2027.
 */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final ZoneId ZONE = Installation.zone();

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2999) {
            throw new IllegalArgumentException("No quarter " + year + "-Q" + number);
        }
    }

    /** The quarter a code such as {@code 2026-Q1} names; empty if it is not one. */
    public static Optional<Quarter> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year < 2000 ? Optional.empty() : Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    /**
     * The quarter {@code code} names, if it has begun by {@code today}; refused on the field {@code quarter} when it is
     * not a quarter ({@code kpi.quarter.invalid}) or has not begun ({@code kpi.quarter.future}).
     */
    public static Quarter begun(String code, LocalDate today) throws RejectedException {
        Quarter quarter = parse(code).orElseThrow(() -> new RejectedException("quarter", "kpi.quarter.invalid"));
        if (quarter.isFuture(today)) {
            throw new RejectedException("quarter", "kpi.quarter.future");
        }
        return quarter;
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        int monthsIntoYear = (day.getMonthValue() + 8) % 12;
        return new Quarter(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, monthsIntoYear / 3 + 1);
    }

    /** Its first day. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (number - 1));
    }

    /** The first day of the next quarter. */
    public LocalDate endExclusive() {
        return firstDay().plusMonths(3);
    }

    /** Its first moment in the council's time zone. */
    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** The first moment of the next quarter in the council's time zone. */
    public Instant end() {
        return endExclusive().atStartOfDay(ZONE).toInstant();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** The first working day (Monday to Friday) after the quarter ends. */
    public LocalDate firstWorkingDayAfter() {
        LocalDate day = endExclusive();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether it starts after {@code today}. */
    public boolean isFuture(LocalDate today) {
        return firstDay().isAfter(today);
    }

    /** The code, e.g. {@code 2026-Q1}. */
    public String code() {
        return year + "-Q" + number;
    }

    @Override
    public String toString() {
        return code();
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
