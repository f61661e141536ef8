package org.learningnetwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the partnership read them: in the council's time zone, written out. */
@Named
@ApplicationScoped
public class Dates {

    public static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

    /** The council's time zone by name, for components that take one (e.g. the schedule). */
    public String getZoneId() {
        return ZONE.getId();
    }

    public String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A calendar date (no time of day), e.g. a course completed on it. */
    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String isoDay(Instant instant) {
        return instant == null ? "" : ISO_DAY.format(instant);
    }
}
