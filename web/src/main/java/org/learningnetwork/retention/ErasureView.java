package org.learningnetwork.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;

/**
 * Erasure requests: the data protection officer's list of open requests (erase, or refuse with the lawful
 * ground and a note), raising one for a person; and a person asking for their own data to be erased.
 */
@Named
@ViewScoped
public class ErasureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ErasureRequestService erasure;

    @Inject
    private Messages messages;

    private List<ErasureRequest> open;
    private String workEmail;
    private final Map<Long, String> grounds = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public List<ErasureRequest> getOpen() {
        if (open == null) {
            open = erasure.open();
        }
        return open;
    }

    private List<ErasureRequest> decided;

    /** The latest decisions, so that a decided request does not vanish from the officer's view. */
    public List<ErasureRequest> getDecided() {
        if (decided == null) {
            decided = erasure.decided(50);
        }
        return decided;
    }

    public ErasureException[] getExceptions() {
        return ErasureException.values();
    }

    /** The officer raises a request for the person with the address typed. */
    public void raise() {
        messages.attempt("raiseForm", () -> erasure.request(workEmail)).ifPresent(r -> messages.noticeAndGoTo("/dpo/erasure.xhtml", "erasure.raised"));
    }

    /** The request the officer is asked to confirm erasing, if any. */
    private Long erasing;

    /** The first step: the page asks, saying what erasing does, before anything changes. */
    public void askToErase(long requestId) {
        erasing = requestId;
    }

    /** Back from the question: nothing changed. */
    public void keep() {
        erasing = null;
    }

    /** Whether the page is asking to confirm erasing the person of this request. */
    public boolean isErasing(long requestId) {
        return erasing != null && erasing == requestId;
    }

    /** The officer erases the person of an open request. */
    public void erase(long requestId) {
        erasing = null;
        messages.attempt("requestsForm", () -> erasure.erase(requestId)).ifPresent(r -> messages.noticeAndGoTo("/dpo/erasure.xhtml", "erasure.erased"));
    }

    /** The officer refuses an open request on the ground and with the note given on its row. */
    public void refuse(long requestId, int row) {
        String prefix = "requestsForm:requests:" + row;
        messages.attempt(prefix, () -> erasure.refuse(requestId, grounds.get(requestId), notes.get(requestId)))
                .ifPresent(r -> messages.noticeAndGoTo("/dpo/erasure.xhtml", "erasure.refused"));
    }

    /** The signed-in person asks for their own data to be erased. */
    public void requestMine() {
        messages.attempt("erasureForm", () -> erasure.requestMine()).ifPresent(r -> messages.noticeAndGoTo("/my/index.xhtml", "erasure.requested"));
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public Map<Long, String> getGrounds() {
        return grounds;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
