package org.learningnetwork.ownlearning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.Messages;

/** A line manager's list of their staff's own learning to confirm. */
@Named
@RequestScoped
public class ConfirmLearningView {

    @Inject
    private OwnLearningService service;

    @Inject
    private Messages messages;

    private List<OwnLearning> waiting;

    @PostConstruct
    void init() {
        waiting = service.toConfirm();
    }

    public void confirm(long id) {
        messages.attempt("confirmForm", () -> service.confirm(id))
                .ifPresent(done -> messages.noticeAndGoTo("/my/confirm-learning.xhtml", "own.confirmed", done.getPerson().getFullName()));
    }

    public List<OwnLearning> getWaiting() {
        return waiting;
    }
}
