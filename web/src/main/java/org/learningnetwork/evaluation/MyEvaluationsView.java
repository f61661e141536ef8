package org.learningnetwork.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** My learning's list of evaluations the signed-in person is asked to answer. */
@Named
@RequestScoped
public class MyEvaluationsView {

    @Inject
    private EvaluationService evaluations;

    private List<EvaluationRequest> open;

    public List<EvaluationRequest> getOpen() {
        if (open == null) {
            open = evaluations.mine();
        }
        return open;
    }
}
