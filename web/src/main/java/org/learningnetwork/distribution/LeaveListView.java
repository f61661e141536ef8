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
    private DistributionList list;

    private String token;
    private DistributionList.LinkState state;
    private boolean left;

    /** Reads where the link stands (view action). */
    public void load() {
        state = list.linkState(token);
    }

    public void leave() {
        try {
            left = list.leaveByLink(token) == DistributionList.LinkState.MEMBER;
            state = left ? DistributionList.LinkState.MEMBER : DistributionList.LinkState.ALREADY_LEFT;
        } catch (RejectedException e) {
            state = DistributionList.LinkState.UNKNOWN;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public DistributionList.LinkState getState() {
        return state;
    }

    public boolean isLeft() {
        return left;
    }
}
