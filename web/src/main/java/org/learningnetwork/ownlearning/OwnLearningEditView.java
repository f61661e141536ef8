package org.learningnetwork.ownlearning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * A learner records learning they did outside the catalogue ({@code ?id=} to change one still open to change): what
 * and of what kind, who provided it, when, for how many hours, what they learned, their evidence and a strand.
 */
@Named
@ViewScoped
public class OwnLearningEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "ownForm";

    @Inject
    private OwnLearningService service;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private Messages messages;

    private String id;
    private OwnLearning entry;
    private String strandCode;

    public void load() {
        if (id == null || id.isBlank()) {
            id = null;
            entry = new OwnLearning();
            return;
        }
        try {
            entry = service.entry(Long.parseLong(id.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        strandCode = entry.getStrand() == null ? null : entry.getStrand().getCode();
    }

    public String save() {
        return messages.attempt(FORM, () -> service.save(entry, strandCode)).map(saved -> {
            messages.noticeAfterRedirect("own.saved");
            return "/my/index?faces-redirect=true#own-heading";
        }).orElse(null);
    }

    public boolean isNew() {
        return id == null;
    }

    public List<OwnLearningKind> getKinds() {
        return OwnLearningKind.chosen();
    }

    public List<Strand> getStrands() {
        return reference.strands();
    }

    public OwnLearning getEntry() {
        return entry;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStrandCode() {
        return strandCode;
    }

    public void setStrandCode(String strandCode) {
        this.strandCode = strandCode;
    }
}
