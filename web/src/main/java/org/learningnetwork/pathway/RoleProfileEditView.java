package org.learningnetwork.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.Framework;
import org.learningnetwork.reference.ReferenceDataService;
/**
 * Creates or edits a role profile ({@code ?id=} for an existing one): its code for the HR export, its name, its
 * workforce group in each framework (one choice per framework) and the learning requirements of the role.
 */
@Named
@ViewScoped
public class RoleProfileEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";

    @Inject
    private RoleProfileService service;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String id;
    private RoleProfile profile;
    private final Map<String, Long> groupByFramework = new HashMap<>();
    private List<Long> requirementIds = new ArrayList<>();
    private List<Framework> frameworks;
    private List<LearningRequirement> requirements;
    private long holders;

    public void load() {
        if (id == null || id.isBlank()) {
            id = null;
            profile = new RoleProfile(null, null);
            return;
        }
        try {
            profile = service.profile(Long.parseLong(id.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        profile.getWorkforceGroups().forEach(g -> groupByFramework.put(g.getFramework().getCode(), g.getId()));
        profile.getRequirements().forEach(r -> requirementIds.add(r.getId()));
        holders = service.holders(profile.getId());
    }

    public String save() {
        Set<Long> groups = new LinkedHashSet<>(groupByFramework.values().stream().filter(Objects::nonNull).toList());
        return messages.attempt(FORM, () -> service.save(profile, groups, requirementIds)).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/role-profiles?faces-redirect=true";
        }).orElse(null);
    }

    public boolean isNew() {
        return profile == null || profile.getId() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RoleProfile getProfile() {
        return profile;
    }

    /** The chosen workforce group id per framework code: one select per framework. */
    public Map<String, Long> getGroupByFramework() {
        return groupByFramework;
    }

    public List<Long> getRequirementIds() {
        return requirementIds;
    }

    public void setRequirementIds(List<Long> requirementIds) {
        this.requirementIds = requirementIds == null ? new ArrayList<>() : requirementIds;
    }

    /** Loaded on first use: the form builds one select per framework before the view action runs. */
    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = referenceData.frameworks();
        }
        return frameworks;
    }

    public List<LearningRequirement> getRequirements() {
        if (requirements == null) {
            requirements = service.requirements().stream().filter(r -> r.isActive() || requirementIds.contains(r.getId())).toList();
        }
        return requirements;
    }

    public long getHolders() {
        return holders;
    }
}
