package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.Messages;

/** A line manager's staff's applications to action-learning sets, on their approvals page, approved or declined. */
@Named
@RequestScoped
public class SetApprovalsView {

    @Inject
    private SetMembershipService memberships;

    @Inject
    private Messages messages;

    private List<SetMember> waiting;

    public List<SetMember> getWaiting() {
        if (waiting == null) {
            waiting = memberships.awaitingMe();
        }
        return waiting;
    }

    public String approve(long memberId) {
        return change(() -> memberships.approve(memberId), "setApprovals.approved");
    }

    public String decline(long memberId) {
        return change(() -> memberships.decline(memberId), "setApprovals.declined");
    }

    private String change(Messages.Change<SetMember> change, String notice) {
        return messages.attempt("setApprovalsForm", change).map(done -> {
            messages.noticeAfterRedirect(notice);
            return "/my/approvals?faces-redirect=true";
        }).orElse(null);
    }
}
