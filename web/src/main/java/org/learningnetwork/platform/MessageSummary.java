package org.learningnetwork.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The page's messages for the template: errors for the error summary at the top of the page (each
 * linking to its field) and notices for the status banner.
 */
@Named
@RequestScoped
public class MessageSummary {

    /** One message, with the client id of the input it concerns ({@code null} for the page). */
    public record Entry(String clientId, String text) {
        public String getClientId() {
            return clientId;
        }

        public String getText() {
            return text;
        }

        public String getAnchor() {
            return "#" + clientId;
        }
    }

    /** Errors and warnings. Read afresh each time: messages are added until the page is rendered. */
    public List<Entry> getErrors() {
        return collect(true);
    }

    public List<Entry> getNotices() {
        return collect(false);
    }

    /**
     * The error for a plain HTML input (one that is not a Faces component, like the fields of a GET search
     * form), to show beside it; {@code null} when there is none.
     */
    public String errorFor(String clientId) {
        List<FacesMessage> list = FacesContext.getCurrentInstance().getMessageList(clientId);
        return list.isEmpty() ? null : list.get(0).getSummary();
    }

    private List<Entry> collect(boolean errors) {
        List<Entry> entries = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (FacesMessage message : faces.getMessageList(clientId)) {
                boolean error = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
                if (error == errors) {
                    entries.add(new Entry(clientId, message.getSummary()));
                    message.rendered();
                }
            }
        }
        return entries;
    }
}
