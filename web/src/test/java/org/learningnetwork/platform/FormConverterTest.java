package org.learningnetwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What the forms' converters read from a field and write back into it; empty is "not given". */
class FormConverterTest {

    @Test
    void datesAndTimesAsBrowsersSendThem() {
        assertEquals(LocalDate.of(2026, 3, 29), new DateConverter().getAsObject(null, null, "2026-03-29"));
        assertEquals("2026-03-29", new DateConverter().getAsString(null, null, LocalDate.of(2026, 3, 29)));
        assertEquals(LocalTime.of(9, 30), new TimeConverter().getAsObject(null, null, "09:30:00"), "seconds when the input shows them");
        assertEquals("09:30", new TimeConverter().getAsString(null, null, LocalTime.of(9, 30)));
        assertNull(new DateConverter().getAsObject(null, null, "  "));
        assertEquals("", new TimeConverter().getAsString(null, null, null));
    }

    @Test
    void numbersAndMoneyAsPeopleTypeThem() {
        assertEquals(1200, new WholeNumberConverter().getAsObject(null, null, " 1,200 "));
        assertEquals(new BigDecimal("2.5"), new DecimalConverter().getAsObject(null, null, "2.5"));
        assertEquals("3", new DecimalConverter().getAsString(null, null, new BigDecimal("3.00")));
        assertEquals(4550, new MoneyConverter().getAsObject(null, null, "£45.50"));
        assertEquals("45.50", new MoneyConverter().getAsString(null, null, 4550));
        assertNull(new MoneyConverter().getAsObject(null, null, ""));
    }
}
