package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The learning team's role profiles and learning requirements ({@code /coordinator/role-profiles.xhtml}). */
@Named
@RequestScoped
public class RoleProfilesView {

    @Inject
    private RoleProfileService service;

    private List<RoleProfile> profiles;
    private List<LearningRequirement> requirements;

    public List<RoleProfile> getProfiles() {
        if (profiles == null) {
            profiles = service.profiles();
        }
        return profiles;
    }

    public List<LearningRequirement> getRequirements() {
        if (requirements == null) {
            requirements = service.requirements();
        }
        return requirements;
    }
}
