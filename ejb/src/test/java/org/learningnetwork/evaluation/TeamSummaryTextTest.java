package org.learningnetwork.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TeamSummaryTextTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.learningnetwork.notification.mail", Locale.UK);

    @Test
    void theSummarySaysWhatWasDoneAndWhatEnoughAnswersSaid() {
        String text = TeamFeedbackService.summary(new TeamFigures(9, 6, 7, 2, 1, 26, 6, 12, 6, 1, 2, 1, 1), TEXTS, 5);
        assertEquals(String.join("\n",
                "Sessions attended: 7, by 6 of your team of 9; self-guided learning done: 2.",
                "Satisfaction with the courses: 4.3 out of 5 (6 answers).",
                "Change in confidence after the courses: 2.0 points (6 answers).",
                "Whether the learning changed their practice: fewer than 5 answers, not shown so that no one's answer can be picked out.",
                "Your own follow-ups saying it changed their practice: 100% (1).",
                "Evaluations your team has still to answer: 1."), text);
    }
}
