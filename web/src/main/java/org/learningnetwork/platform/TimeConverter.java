package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Reads a time typed in a time input (hh:mm): {@code ln.time}. */
@FacesConverter("ln.time")
public class TimeConverter extends FormConverter<LocalTime> {

    public TimeConverter() {
        super(text -> FormDates.time(text).value(), value -> value.format(DateTimeFormatter.ofPattern("HH:mm")));
    }
}
