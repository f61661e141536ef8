package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void aYearRunsFromAprilToMarch() {
        assertEquals(new FinancialYear(2026), FinancialYear.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new FinancialYear(2025), FinancialYear.of(LocalDate.of(2026, 3, 31)));
        assertEquals(new FinancialYear(2026), FinancialYear.of(LocalDate.of(2026, 12, 5)));
        FinancialYear year = new FinancialYear(2026);
        assertEquals(LocalDate.of(2027, 4, 1), year.end());
        assertEquals(12, year.months().size());
        assertEquals(YearMonth.of(2026, 4), year.months().get(0));
        assertEquals(YearMonth.of(2027, 3), year.months().get(11));
        assertEquals("2026\u201327", year.label());
        assertEquals("2099\u201300", new FinancialYear(2099).label());
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FinancialYear(1999));
        assertThrows(IllegalArgumentException.class, () -> new FinancialYear(2101));
    }
}
