package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date typed in a date input ({@code yyyy-mm-dd}, as browsers send it): {@code ln.date}. */
@FacesConverter("ln.date")
public class DateConverter extends FormConverter<LocalDate> {

    public DateConverter() {
        super(DateConverter::read, LocalDate::toString);
    }

    private static LocalDate read(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
