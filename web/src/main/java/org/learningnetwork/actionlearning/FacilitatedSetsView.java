package org.learningnetwork.actionlearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * A facilitator's sets ({@code /facilitator/sets.xhtml}) and one of them ({@code /facilitator/set.xhtml?id=}): its
 * members, meetings to record, and the reflective log entries members shared (each reading audited). Another
 * facilitator's set is the not-found page.
 */
@Named
@RequestScoped
public class FacilitatedSetsView {

    @Inject
    private FacilitationService facilitation;

    private String id;
    private List<LearningSet> mine;
    private FacilitationService.FacilitatedSet set;
    private List<ReflectiveLogEntry> shared;

    public void loadMine() {
        mine = facilitation.mine();
    }

    public void loadSet() {
        try {
            set = facilitation.set(Long.parseLong(id == null ? "" : id.strip()));
            shared = facilitation.shared(set.set().getId());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public List<LearningSet> getMine() {
        return mine;
    }

    public FacilitationService.FacilitatedSet getSet() {
        return set;
    }

    public List<ReflectiveLogEntry> getShared() {
        return shared;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

}
