package org.learningnetwork.platform;

import jakarta.faces.convert.FacesConverter;

/** Reads a whole number, leniently (spaces and thousands commas): {@code ln.wholeNumber}. */
@FacesConverter("ln.wholeNumber")
public class WholeNumberConverter extends FormConverter<Integer> {

    public WholeNumberConverter() {
        super(Numbers::wholeNumber, String::valueOf);
    }
}
