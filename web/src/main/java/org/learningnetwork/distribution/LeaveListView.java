package org.learningnetwork.distribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.RejectedException;

/**
 * The page a leave link in a distribution message opens, without sign-in: it asks to confirm (so that a mail
 * scanner following the link changes nothing), then leaves the list. An unknown link, or one already used to
 * leave, says so.
 */
@Named
@ViewScoped
public class LeaveListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DistributionListService list;

    private String token;
    private DistributionListService.LinkState state;
    private boolean left;

    /** Reads where the link stands (view action). */
    public void load() {
        state = list.linkState(token);
    }

    public void leave() {
        try {
            left = list.leaveByLink(token) == DistributionListService.LinkState.MEMBER;
            state = left ? DistributionListService.LinkState.MEMBER : DistributionListService.LinkState.ALREADY_LEFT;
        } catch (RejectedException e) {
            state = DistributionListService.LinkState.UNKNOWN;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public DistributionListService.LinkState getState() {
        return state;
    }

    public boolean isLeft() {
        return left;
    }
}
