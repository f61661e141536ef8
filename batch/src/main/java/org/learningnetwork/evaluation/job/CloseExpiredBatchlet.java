package org.learningnetwork.evaluation.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.evaluation.FollowUpService;

/** Closes the requests past their closing date that were not answered; the exit status is CLOSED:<how many>. */
@Named
@Dependent
public class CloseExpiredBatchlet extends AbstractBatchlet {

    @Inject
    private FollowUpService followUps;

    @Override
    public String process() {
        return "CLOSED:" + followUps.closeExpired();
    }
}
