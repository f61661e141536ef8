package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a time typed in a time input ({@code hh:mm}, or {@code hh:mm:ss} when the input shows seconds): {@code ln.time}. */
@FacesConverter("ln.time")
public class TimeConverter extends FormConverter<LocalTime> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public TimeConverter() {
        super(TimeConverter::read, TIME::format);
    }

    private static LocalTime read(String text) {
        String cleaned = text.strip();
        try {
            return LocalTime.parse(cleaned.length() > 5 ? cleaned.substring(0, 5) : cleaned, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
