package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;

/** Reads an amount in pounds ("45", "£45.50") as whole pence: {@code ln.money}. */
@FacesConverter("ln.money")
public class MoneyConverter extends FormConverter<Integer> {

    public MoneyConverter() {
        super(Money::pence, Money::pounds);
    }
}
