package org.learningnetwork.evaluation;

import java.util.Set;

/** What a question measures for the reports, whatever its wording; each measure is asked in one kind of question. */
public enum Measure {
    SATISFACTION(QuestionKind.LIKERT),
    RELEVANCE(QuestionKind.LIKERT),
    CONFIDENCE(QuestionKind.CONFIDENCE),
    PRACTICE_CHANGED(QuestionKind.YES_NO),
    PRACTICE_EXAMPLE(QuestionKind.FREE_TEXT),
    BARRIERS(QuestionKind.CHOICE);

    private final QuestionKind kind;

    Measure(QuestionKind kind) {
        this.kind = kind;
    }

    public QuestionKind getKind() {
        return kind;
    }

    /** The measures a question of this kind may carry. */
    public static Set<Measure> of(QuestionKind kind) {
        java.util.EnumSet<Measure> measures = java.util.EnumSet.noneOf(Measure.class);
        for (Measure measure : values()) {
            if (measure.kind == kind) {
                measures.add(measure);
            }
        }
        return measures;
    }
}
