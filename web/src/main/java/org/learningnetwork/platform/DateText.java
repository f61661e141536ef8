package org.learningnetwork.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in the partnership read them: in the council's time zone, written out. Pages call these as
 * the functions of the {@code ln} tag library ({@code #{ln:dayAndTime(session.startsAt)}}): a function is found once,
 * when the page is compiled, where a bean's method is looked up again at every call (a table of ninety bookings made
 * two hundred such look-ups a page).
 */
public final class DateText {

    public static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

    private DateText() {
    }

    /** The day and time of day, e.g. "Tuesday 3 March 2026, 09:30"; nothing for none. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    /** The day, e.g. "Tuesday 3 March 2026"; nothing for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** The time of day, e.g. "09:30"; nothing for none. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A calendar date (no time of day), e.g. a course completed on it; nothing for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute; nothing for none. */
    public static String isoDay(Instant instant) {
        return instant == null ? "" : ISO_DAY.format(instant);
    }
}
