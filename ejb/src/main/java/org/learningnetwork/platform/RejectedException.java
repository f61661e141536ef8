package org.learningnetwork.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the rules turn down, with what was wrong: for each problem the field it concerns (or
 * {@code null} for the request as a whole) and a message key that screens and the REST API translate.
 * Checked, and rolls back the transaction, so a rejected request leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class RejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with a request: the input it concerns, by property name, a message key, and the values its message
     * names ({@code {0}}, {@code {1}} ...), such as the question a missing answer belongs to.
     */
    public record Problem(String field, String messageKey, List<String> arguments) implements java.io.Serializable {

        public Problem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final List<Problem> problems;

    public RejectedException(String field, String messageKey) {
        this(List.of(new Problem(field, messageKey)));
    }

    public RejectedException(List<Problem> problems) {
        super(problems.isEmpty() ? "rejected" : problems.get(0).messageKey());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejection names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
