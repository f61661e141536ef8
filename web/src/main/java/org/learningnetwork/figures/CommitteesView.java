package org.learningnetwork.figures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * The learning team's committees: one form adds a committee, or changes the one named by {@code ?code=} (a change
 * someone made meanwhile is refused); each committee can be moved up or down, retired or brought back.
 */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "committeeForm";

    @Inject
    private CommitteeAdminService service;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Messages messages;

    private String code;
    private String editing;
    private String editingName;
    private long version;
    private String name;
    private CommitteeKind kind;
    private List<String> strandCodes = new ArrayList<>();
    private boolean workforceSection;
    private boolean actionLearningSection;
    private List<CommitteeAdminService.Listed> committees;
    private List<Strand> strands;

    public void load() {
        if (code != null && !code.isBlank()) {
            try {
                Committee committee = service.find(code.strip());
                editing = committee.getCode();
                editingName = committee.getName();
                version = committee.getVersion();
                name = committee.getName();
                kind = committee.getKind();
                workforceSection = committee.isWorkforceSection();
                actionLearningSection = committee.isActionLearningSection();
                committee.getStrands().forEach(strand -> strandCodes.add(strand.getCode()));
            } catch (NotFoundException e) {
                NotFound.respond();
                return;
            }
        }
        committees = service.all();
    }

    public String save() {
        CommitteeAdminService.Draft draft = new CommitteeAdminService.Draft(name, kind, new LinkedHashSet<>(strandCodes), workforceSection,
                actionLearningSection);
        return messages.attempt(FORM, () -> editing == null ? service.add(draft) : service.change(editing, version, draft))
                .map(saved -> {
                    messages.noticeAfterRedirect(editing == null ? "committees.added" : "common.saved");
                    return "/coordinator/committees?faces-redirect=true";
                }).orElse(null);
    }

    public void retire(String committee, boolean retired) {
        messages.attempt(FORM, () -> {
            service.retire(committee, retired);
            return committee;
        }).ifPresent(done -> messages.noticeAndGoTo("/coordinator/committees.xhtml",
                retired ? "committees.retired" : "committees.active.notice"));
    }

    public void move(String committee, int by) {
        messages.attempt(FORM, () -> {
            service.move(committee, by);
            return committee;
        }).ifPresent(done -> committees = service.all());
    }

    public List<CommitteeAdminService.Listed> getCommittees() {
        return committees;
    }

    /** Loaded on first use: the checkboxes are built before the view action runs. */
    public List<Strand> getStrands() {
        if (strands == null) {
            strands = referenceData.strands();
        }
        return strands;
    }

    public CommitteeKind[] getKinds() {
        return CommitteeKind.values();
    }

    public boolean isWorkforceSection() {
        return workforceSection;
    }

    public void setWorkforceSection(boolean workforceSection) {
        this.workforceSection = workforceSection;
    }

    public boolean isActionLearningSection() {
        return actionLearningSection;
    }

    public void setActionLearningSection(boolean actionLearningSection) {
        this.actionLearningSection = actionLearningSection;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingName() {
        return editingName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CommitteeKind getKind() {
        return kind;
    }

    public void setKind(CommitteeKind kind) {
        this.kind = kind;
    }

    public List<String> getStrandCodes() {
        return strandCodes;
    }

    public void setStrandCodes(List<String> strandCodes) {
        this.strandCodes = strandCodes == null ? new ArrayList<>() : strandCodes;
    }
}
