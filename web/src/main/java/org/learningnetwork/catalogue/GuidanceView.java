package org.learningnetwork.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The learning team's list of what courses answer to: legislation, national guidance, strategies, local learning
 * reviews and inspections. One form adds an entry, or changes the one named by {@code ?id=} (a change someone made
 * meanwhile is refused); each entry can be retired, offered again, or removed while no course names it.
 */
@Named
@ViewScoped
public class GuidanceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "guidanceForm";

    @Inject
    private GuidanceService service;

    @Inject
    private Messages messages;

    private String id;
    private Guidance draft = new Guidance();
    private List<GuidanceService.Use> entries;

    public void load() {
        if (id != null && !id.isBlank()) {
            try {
                Guidance stored = service.find(Long.parseLong(id.strip()));
                draft = new Guidance(stored.getKind(), stored.getTitle(), stored.getUrl());
                version = stored.getVersion();
                editing = stored.getId();
            } catch (NotFoundException | NumberFormatException e) {
                NotFound.respond();
                return;
            }
        }
        entries = service.all();
    }

    private Long editing;
    private long version;

    public String save() {
        return messages.attempt(FORM, () -> service.save(editing, version, draft)).map(saved -> {
            messages.noticeAfterRedirect(editing == null ? "guidance.added" : "common.saved");
            return "/coordinator/guidance?faces-redirect=true";
        }).orElse(null);
    }

    public void retire(long entryId, boolean retired) {
        messages.attempt(FORM, () -> {
            service.retire(entryId, retired);
            return entryId;
        }).ifPresent(done -> messages.noticeAndGoTo("/coordinator/guidance.xhtml",
                retired ? "guidance.retired" : "guidance.offered"));
    }

    public void remove(long entryId) {
        messages.attempt(FORM, () -> {
            service.remove(entryId);
            return entryId;
        }).ifPresent(done -> messages.noticeAndGoTo("/coordinator/guidance.xhtml", "guidance.removed"));
    }

    public GuidanceKind[] getKinds() {
        return GuidanceKind.values();
    }

    public List<GuidanceService.Use> getEntries() {
        return entries;
    }

    public Guidance getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
