package org.learningnetwork.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.PageRequest;

/** Reads the API's query parameters, each failure a {@link BadParameterException} naming the parameter. */
final class QueryParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private QueryParameters() {
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be a whole number.");
        }
    }

    /** The start of the day (yyyy-mm-dd, UK time) plus {@code daysLater}. */
    static Instant day(String name, String value, int daysLater) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(daysLater).atStartOfDay(Installation.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be a date written yyyy-mm-dd.");
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** {@code true} or {@code false}; absent means {@code false}. */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(name, name + " must be true or false.");
        };
    }

    static PageRequest page(String page, String size) {
        int number = positive("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
        int rows = positive("size", size, DEFAULT_SIZE, MAX_SIZE);
        return new PageRequest((number - 1) * rows, rows);
    }

    private static int positive(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, name + " must be a whole number from 1 to " + max + ".");
    }
}
