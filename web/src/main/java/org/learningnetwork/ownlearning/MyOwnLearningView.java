package org.learningnetwork.ownlearning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;

/** The signed-in learner's own learning on My learning, with its hours in the last twelve months; removing one. */
@Named
@RequestScoped
public class MyOwnLearningView {

    @Inject
    private OwnLearningService service;

    @Inject
    private Messages messages;

    private List<OwnLearning> mine;

    @PostConstruct
    void init() {
        mine = service.mine();
    }

    public void remove(long id) {
        messages.attempt("ownListForm", () -> {
            service.remove(id);
            return id;
        }).ifPresent(removed -> messages.noticeAndGoTo("/my/index.xhtml#own-heading", "own.removed"));
    }

    public List<OwnLearning> getMine() {
        return mine;
    }

    /** Hours of own learning in the last twelve months. */
    public String getHoursThisYear() {
        return OwnLearning.hoursSince(mine, LocalDate.now(Installation.zone()).minusYears(1)).stripTrailingZeros().toPlainString();
    }
}
