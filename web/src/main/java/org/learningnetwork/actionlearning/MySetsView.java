package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.Messages;

/**
 * My action learning ({@code /my/sets.xhtml}): the caller's sets and communities with their meetings, invitations to
 * answer and applications waiting; and the sets and communities open to join or apply to.
 */
@Named
@RequestScoped
public class MySetsView {

    static final String FORM = "setsForm";

    @Inject
    private SetMembershipService memberships;

    @Inject
    private Messages messages;

    private List<SetMembershipService.Mine> mine;
    private List<SetMembershipService.Open> open;

    public String ask(long setId) {
        return change(() -> memberships.ask(setId), null);
    }

    public String accept(long memberId) {
        return change(() -> memberships.accept(memberId), "mySets.accepted");
    }

    public String withdraw(long memberId) {
        return change(() -> memberships.withdraw(memberId), "mySets.withdrawn");
    }

    public String leave(long memberId) {
        return change(() -> memberships.leave(memberId), "mySets.left");
    }

    private String change(Messages.Change<SetMember> change, String notice) {
        return messages.attempt(FORM, change).map(member -> {
            messages.noticeAfterRedirect(notice != null ? notice : "mySets.asked." + member.getStatus());
            return "/my/sets?faces-redirect=true";
        }).orElse(null);
    }

    /** Read when first asked for, also on a postback (the view action runs on the first request only). */
    public List<SetMembershipService.Mine> getMine() {
        if (mine == null) {
            mine = memberships.mine();
        }
        return mine;
    }

    public List<SetMembershipService.Open> getOpen() {
        if (open == null) {
            open = memberships.open();
        }
        return open;
    }
}
