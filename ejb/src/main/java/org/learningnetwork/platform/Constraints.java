package org.learningnetwork.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on an object at a service boundary and turns violations into a
 * {@link RejectedException} whose message keys are the constraints' {@code {key}} templates.
 */
public final class Constraints {

    private Constraints() {
    }

    public static <T> void check(Validator validator, T object) throws RejectedException {
        List<RejectedException.Problem> problems = problems(validator, object);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
    }

    /** The object's constraint violations as problems, by field; empty when it is valid. */
    public static <T> List<RejectedException.Problem> problems(Validator validator, T object) {
        Set<ConstraintViolation<T>> violations = validator.validate(object);
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new RejectedException.Problem(v.getPropertyPath().toString(), key(v.getMessageTemplate())))
                .toList();
    }

    private static String key(String template) {
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return "validation.invalid";
    }
}
