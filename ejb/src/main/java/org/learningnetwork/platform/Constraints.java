package org.learningnetwork.platform;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Saves a new or changed entity from a form, or rejects the change naming every problem at once: those the caller
     * found ({@code problems}) and the entity's constraint violations on the other fields. A new one ({@code id} null) is persisted; the
     * change is flushed, so that a unique key another row holds fails here.
     */
    public static <T> T store(EntityManager em, Validator validator, T target, Long id, List<RejectedException.Problem> problems)
            throws RejectedException {
        // One problem per field: a field the caller already found wrong (a choice not offered) is not also "required".
        java.util.Set<String> named = problems.stream().map(RejectedException.Problem::field).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        problems(validator, target).stream().filter(p -> p.field() == null || !named.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        if (id == null) {
            em.persist(target);
        }
        em.flush();
        return target;
    }

    /** The entities with these keys, or nothing when any of them does not exist. */
    public static <T> Optional<List<T>> all(EntityManager em, Class<T> type, Collection<?> keys) {
        List<T> found = keys.stream().map(key -> key == null ? null : em.find(type, key)).collect(Collectors.toList());
        return found.contains(null) ? Optional.empty() : Optional.of(found);
    }

    private static String key(String template) {
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return "validation.invalid";
    }
}
