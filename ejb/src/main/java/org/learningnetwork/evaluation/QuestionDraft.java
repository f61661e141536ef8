package org.learningnetwork.evaluation;

import java.io.Serializable;

/**
 * A question as the learning team edits it: an existing one ({@code id}) or a new one ({@code id} null), or one to
 * take out of the set ({@code remove}). The options of a choice are one per line. An existing question keeps its kind.
 */
public record QuestionDraft(Long id, QuestionKind kind, Integer level, Measure measure, String text, String options, boolean required,
        boolean remove) implements Serializable {
}
