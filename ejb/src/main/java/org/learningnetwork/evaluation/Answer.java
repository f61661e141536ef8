package org.learningnetwork.evaluation;

import java.util.List;

/**
 * What a respondent gave for one {@link FormItem}, in the same order as the form's items: a score from 1 to 5 (a
 * statement, or confidence now), confidence before the course, yes or no, text, or the options chosen.
 */
public record Answer(Integer score, Integer scoreBefore, Boolean yes, String text, List<String> choices) implements java.io.Serializable {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Answer score(int score) {
        return new Answer(score, null, null, null, null);
    }

    public static Answer confidence(int before, int now) {
        return new Answer(now, before, null, null, null);
    }

    public static Answer yes(boolean yes) {
        return new Answer(null, null, yes, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, null, text, null);
    }

    public static Answer choices(List<String> choices) {
        return new Answer(null, null, null, null, choices);
    }

    public static Answer none() {
        return new Answer(null, null, null, null, null);
    }
}
