package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.learningnetwork.access.Roles;
import org.learningnetwork.pathway.PathwayService.Pathway;
import org.learningnetwork.platform.RejectedException;

/**
 * The signed-in learner's pathway in brief, for pages that are not about it ("What do I need?"): nothing for a visitor,
 * or for someone without a person or a role profile.
 */
@Named
@RequestScoped
public class PathwaySummary {

    @Inject
    private PathwayService pathways;

    private Pathway pathway;
    private boolean read;

    /** The pathway, or {@code null} when there is none to show. */
    public Pathway getPathway() {
        if (!read) {
            read = true;
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.LEARNER)) {
                try {
                    Pathway mine = pathways.mine();
                    pathway = mine.profiles().isEmpty() ? null : mine;
                } catch (RejectedException e) {
                    pathway = null;
                }
            }
        }
        return pathway;
    }
}
