package org.learningnetwork.distribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;

/** The learning team's distribution list page: how many are on it, a message to send them, what was sent. */
@Named
@ViewScoped
public class DistributionAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SENT_SHOWN = 20;

    @Inject
    private DistributionListService list;

    @Inject
    private Messages messages;

    private String subject;
    private String body;
    private Long members;
    private List<DistributionMessage> sent;

    public long getMembers() {
        if (members == null) {
            members = list.memberCount();
        }
        return members;
    }

    public List<DistributionMessage> getSent() {
        if (sent == null) {
            sent = list.sent(SENT_SHOWN);
        }
        return sent;
    }

    public void send() {
        messages.attempt("sendForm", () -> list.send(subject, body))
                .ifPresent(m -> messages.noticeAndGoTo("/coordinator/distribution.xhtml", "distribution.sent", m.getRecipients()));
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
