package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.pathway.LearningNeedService.Plan;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;

/**
 * A learning plan ({@code /my/learning-plan.xhtml}): the learning needs agreed in the signed-in person's supervision
 * and appraisal, or with {@code ?person=} those of one of a line manager's staff.
 */
@Named
@RequestScoped
public class LearningPlanView {

    @Inject
    private LearningNeedService needs;

    @Inject
    private Messages messages;

    private String personId;
    private Long id;
    private Plan plan;

    public void load() {
        if (personId != null && !personId.isBlank()) {
            try {
                id = Long.parseLong(personId.strip());
            } catch (NumberFormatException e) {
                NotFound.respond();
                return;
            }
        }
        plan = id == null ? messages.attempt(null, () -> needs.mine()).orElse(null)
                : messages.attempt(null, () -> needs.of(id)).orElse(null);
    }

    public Plan getPlan() {
        return plan;
    }

    /** Whether this is someone else's plan, seen by their line manager. */
    public boolean isOthers() {
        return id != null;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
