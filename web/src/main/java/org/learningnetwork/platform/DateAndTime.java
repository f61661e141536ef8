package org.learningnetwork.platform;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * One moment typed as the council's date and time in two inputs ({@code ln.date} and {@code ln.time}), bound as
 * {@code #{view.startsAt.date}} and {@code #{view.startsAt.time}}: a form holds one of these per moment instead of
 * two fields and four accessors.
 */
public class DateAndTime implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private LocalTime time;

    public DateAndTime() {
    }

    public DateAndTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    /** The council's date and time of an instant; both empty when there is none. */
    public static DateAndTime of(Instant instant) {
        if (instant == null) {
            return new DateAndTime();
        }
        ZonedDateTime local = instant.atZone(Installation.zone());
        return new DateAndTime(local.toLocalDate(), local.toLocalTime());
    }

    /**
     * The instant, taking {@code timeIfNone} when no time was typed; {@code null} without a date. A time that a clock
     * change skips moves forward, as the clocks do.
     */
    public Instant instant(LocalTime timeIfNone) {
        LocalTime at = time != null ? time : timeIfNone;
        return date == null || at == null ? null : ZonedDateTime.of(date, at, Installation.zone()).toInstant();
    }

    /** The instant typed; {@code null} unless both date and time were. */
    public Instant instant() {
        return instant(null);
    }

    /** A date was typed without its time. */
    public boolean lacksTime() {
        return date != null && time == null;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }
}
