package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Reads a decimal with at most two places: {@code ln.decimal}. */
@FacesConverter("ln.decimal")
public class DecimalConverter extends FormConverter<BigDecimal> {

    public DecimalConverter() {
        super(text -> Numbers.decimal(text, 2), value -> value.stripTrailingZeros().toPlainString());
    }
}
