package org.learningnetwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page's messages for the template: errors for the error summary at the top of the page (each
 * linking to its field) and notices for the status banner.
 */
@Named
@ApplicationScoped
public class MessageSummary {

    /** The row number within a list component's client id ({@code form:questions:2:text}). */
    private static final Pattern ROW_INDEX = Pattern.compile(":\\d+:");

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

    /**
     * Errors and warnings, those about the whole page first, then in the order their fields are on the page (whether a
     * converter, a validator or a service found them). Read afresh each time: messages are added until the page is
     * rendered.
     */
    public List<Entry> getErrors() {
        List<Entry> errors = collect(true);
        if (errors.size() > 1) {
            Map<String, Integer> order = pageOrder(FacesContext.getCurrentInstance());
            errors.sort(Comparator.comparing((Entry e) -> place(order, e.clientId())));
        }
        return errors;
    }

    /**
     * Each component's client id by its place on the page. Lists ({@code ui:repeat}, tables) are visited once, not row
     * by row: reading their rows here would read this summary's own list again, and a row's fields keep their order.
     */
    private static Map<String, Integer> pageOrder(FacesContext faces) {
        Map<String, Integer> order = new HashMap<>();
        VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        faces.getViewRoot().visitTree(visit, (context, component) -> {
            order.putIfAbsent(component.getClientId(context.getFacesContext()), order.size());
            return VisitResult.ACCEPT;
        });
        return order;
    }

    /** Where the field is on the page: before everything for the whole page, a row's field where its list's field is. */
    static int place(Map<String, Integer> order, String clientId) {
        if (clientId == null) {
            return -1;
        }
        Integer place = order.get(clientId);
        if (place == null) {
            place = order.get(ROW_INDEX.matcher(clientId).replaceAll(":"));
        }
        return place == null ? Integer.MAX_VALUE : place;
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
