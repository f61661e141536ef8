package org.learningnetwork.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What the signed-in person's evaluations and follow-ups said, and their line manager's follow-ups about them. */
@Named
@RequestScoped
public class MyFeedbackView {

    @Inject
    private TeamFeedbackService feedback;

    private List<TeamFeedbackService.Feedback> rows;

    public List<TeamFeedbackService.Feedback> getRows() {
        if (rows == null) {
            rows = feedback.mine();
        }
        return rows;
    }
}
