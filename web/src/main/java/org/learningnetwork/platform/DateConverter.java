package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/** Reads a date typed in a date input (yyyy-mm-dd): {@code ln.date}. */
@FacesConverter("ln.date")
public class DateConverter extends FormConverter<LocalDate> {

    public DateConverter() {
        super(text -> FormDates.date(text).value(), LocalDate::toString);
    }
}
