package org.learningnetwork.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and times typed into forms as browsers send them from date and time inputs ({@code 2026-03-29},
 * {@code 09:30}), read as UK time. Empty means "not given"; anything else that is not a date or time is
 * an error the caller reports on the field.
 */
public final class FormDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FormDates() {
    }

    /** The result of reading a field: empty, a value, or unreadable. */
    public record Read<T>(T value, boolean readable) {
        public static <T> Read<T> of(T value) {
            return new Read<>(value, true);
        }
    }

    public static Read<LocalDate> date(String text) {
        String cleaned = Text.clean(text);
        if (cleaned == null) {
            return Read.of(null);
        }
        try {
            return Read.of(LocalDate.parse(cleaned));
        } catch (DateTimeParseException e) {
            return new Read<>(null, false);
        }
    }

    public static Read<LocalTime> time(String text) {
        String cleaned = Text.clean(text);
        if (cleaned == null) {
            return Read.of(null);
        }
        try {
            // Browsers send hh:mm, or hh:mm:ss when seconds are shown.
            return Read.of(LocalTime.parse(cleaned.length() > 5 ? cleaned.substring(0, 5) : cleaned, TIME));
        } catch (DateTimeParseException e) {
            return new Read<>(null, false);
        }
    }

    /** The instant of a UK date and time; a time that a clock change skips moves forward, as the clocks do. */
    public static Instant instant(LocalDate date, LocalTime time) {
        return date == null || time == null ? null : ZonedDateTime.of(date, time, Installation.zone()).toInstant();
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(Installation.zone()));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(Installation.zone()));
    }
}
