package org.learningnetwork.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The learning team's list of question sets. */
@Named
@RequestScoped
public class QuestionSetsView {

    @Inject
    private QuestionSetService sets;

    private List<QuestionSet> all;

    public List<QuestionSet> getAll() {
        if (all == null) {
            all = sets.all();
        }
        return all;
    }
}
