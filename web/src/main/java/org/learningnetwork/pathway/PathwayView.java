package org.learningnetwork.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.pathway.PathwayService.Pathway;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;

/**
 * A pathway ({@code /my/pathway.xhtml}): the signed-in person's own, or with {@code ?person=} one of a line manager's
 * staff (or anyone, for the learning team), whose role profiles can then be given or taken away.
 */
@Named
@ViewScoped
public class PathwayView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";

    @Inject
    private PathwayService pathways;

    @Inject
    private Messages messages;

    private String personId;
    private Long id;
    private transient Pathway pathway;
    private Long roleProfileId;

    public void load() {
        if (personId != null && !personId.isBlank()) {
            try {
                id = Long.parseLong(personId.strip());
            } catch (NumberFormatException e) {
                NotFound.respond();
                return;
            }
        }
        getPathway();
    }

    /** The pathway shown, read once per request. */
    public Pathway getPathway() {
        if (pathway == null) {
            pathway = id == null ? messages.attempt(null, () -> pathways.mine()).orElse(null)
                    : messages.attempt(null, () -> pathways.of(id)).orElse(null);
        }
        return pathway;
    }

    /** Whether this is someone else's pathway, seen by their manager or the learning team. */
    public boolean isOthers() {
        return id != null;
    }

    /** The role profiles the person does not hold yet. */
    public List<RoleProfile> getOtherProfiles() {
        if (getPathway() == null) {
            return List.of();
        }
        Set<Long> held = pathway.profiles().stream().map(h -> h.getRoleProfile().getId()).collect(Collectors.toSet());
        return pathways.roleProfiles().stream().filter(p -> !held.contains(p.getId())).toList();
    }

    public String assign() {
        if (roleProfileId == null) {
            messages.error(FORM + ":roleProfile", "pathway.profile.required");
            return null;
        }
        return messages.attempt(FORM, () -> pathways.assign(id, roleProfileId)).map(held -> {
            messages.noticeAfterRedirect("pathway.profile.assigned", held.getRoleProfile().getName());
            return again();
        }).orElse(null);
    }

    public String remove(long profileId) {
        return messages.attempt(FORM, () -> {
            pathways.remove(id, profileId);
            return profileId;
        }).map(removed -> {
            messages.noticeAfterRedirect("pathway.profile.removed");
            return again();
        }).orElse(null);
    }

    private String again() {
        return "/my/pathway?faces-redirect=true&person=" + id;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public Long getRoleProfileId() {
        return roleProfileId;
    }

    public void setRoleProfileId(Long roleProfileId) {
        this.roleProfileId = roleProfileId;
    }
}
