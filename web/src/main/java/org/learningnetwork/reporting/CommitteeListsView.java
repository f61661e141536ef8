package org.learningnetwork.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.learningnetwork.figures.CommitteeService;
import org.learningnetwork.platform.Messages;

/** The learning team's page of the committees' distribution lists ({@code /coordinator/committee-lists.xhtml}). */
@Named
@ViewScoped
public class CommitteeListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeListService lists;


    @Inject
    private CommitteeService committeeList;

    @Inject
    private Messages messages;

    private String committee;
    private String email;

    public Map<String, String> getCommittees() {
        return committeeList.readableNames();
    }

    public List<CommitteeRecipient> getRecipients() {
        return lists.all();
    }

    public void add() {
        messages.attempt("addForm", () -> lists.add(committee, email))
                .ifPresent(r -> messages.noticeAndGoTo("/coordinator/committee-lists.xhtml", "committeeLists.addedNotice", r.getEmail()));
    }

    public void remove(long id) {
        messages.attempt("listsForm", () -> {
            lists.remove(id);
            return Boolean.TRUE;
        }).ifPresent(r -> messages.noticeAndGoTo("/coordinator/committee-lists.xhtml", "committeeLists.removedNotice"));
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
