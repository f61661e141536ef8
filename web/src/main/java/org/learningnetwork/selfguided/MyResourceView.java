package org.learningnetwork.selfguided;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.booking.LearningRecord;
import org.learningnetwork.booking.SelfGuidedService;
import org.learningnetwork.catalogue.LearningResource;
import org.learningnetwork.catalogue.LearningResourceService;
import org.learningnetwork.evaluation.EvaluationService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * A learner's page for one piece of self-guided learning ({@code ?id=}): what it is, a link to open it, when they
 * did it before, and a form to mark it done with a short reflection. Marking it done comes back to the page
 * ({@code &done=<record>}) with the certificate and the evaluation to answer.
 */
@Named
@ViewScoped
public class MyResourceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "doneForm";

    @Inject
    private LearningResourceService resources;

    @Inject
    private SelfGuidedService selfGuided;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Messages messages;

    private String id;
    private String done;
    private LearningResource resource;
    private List<LearningRecord> history;
    private LearningRecord justDone;
    private Long evaluationId;
    private String reflection;

    public void load() {
        try {
            resource = resources.offered(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        history = selfGuided.mineFor(resource.getCourse().getId()).stream()
                .filter(r -> r.getResource() != null && r.getResource().getId().equals(resource.getId())).toList();
        if (done != null) {
            justDone = history.stream().filter(r -> r.getId().toString().equals(done.strip())).findFirst().orElse(null);
            if (justDone != null) {
                evaluationId = evaluations.mineAbout(justDone.getId()).orElse(null);
            }
        }
    }

    public String markDone() {
        return messages.attempt(FORM, () -> selfGuided.markDone(resource.getId(), reflection))
                .map(record -> "/my/resource?faces-redirect=true&id=" + resource.getId() + "&done=" + record.getId())
                .orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public LearningResource getResource() {
        return resource;
    }

    /** The learner's earlier records of this resource, the latest first. */
    public List<LearningRecord> getHistory() {
        return history;
    }

    /** The record just made, when the page comes back after marking it done. */
    public LearningRecord getJustDone() {
        return justDone;
    }

    /** The evaluation to answer about it, while it is open. */
    public Long getEvaluationId() {
        return evaluationId;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
