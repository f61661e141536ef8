package org.learningnetwork.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.Strand;

/**
 * A protection committee, a sub-group or the Chief Officers Group: who reads figures and receives the quarterly pack
 * of the strands it covers, and who agrees or approves the cost of learning. Kept by the learning team; known
 * everywhere by its code, which never changes. A committee that stands down is retired and keeps its history.
 */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    private String code;

    @Version
    private long version;

    @NotBlank(message = "{committee.name.required}")
    @Size(max = 200, message = "{committee.name.size}")
    private String name;

    @Column(name = "display_order")
    private int displayOrder;

    @NotNull(message = "{committee.kind.required}")
    @Enumerated(EnumType.STRING)
    private CommitteeKind kind;

    private boolean active = true;

    /** Whether its quarterly pack has a workforce planning section. */
    @jakarta.persistence.Column(name = "workforce_section")
    private boolean workforceSection;

    /** Whether its quarterly pack has an action-learning section. */
    @jakarta.persistence.Column(name = "action_learning_section")
    private boolean actionLearningSection;

    @ManyToMany
    @JoinTable(name = "committee_strand", joinColumns = @JoinColumn(name = "committee_code"),
            inverseJoinColumns = @JoinColumn(name = "strand_code"))
    private Set<Strand> strands = new LinkedHashSet<>();

    protected Committee() {
    }

    Committee(String code, int displayOrder) {
        this.code = code;
        this.displayOrder = displayOrder;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public CommitteeKind getKind() {
        return kind;
    }

    public void setKind(CommitteeKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isWorkforceSection() {
        return workforceSection;
    }

    void setWorkforceSection(boolean workforceSection) {
        this.workforceSection = workforceSection;
    }

    public boolean isActionLearningSection() {
        return actionLearningSection;
    }

    void setActionLearningSection(boolean actionLearningSection) {
        this.actionLearningSection = actionLearningSection;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The strands whose figures it reads, in the strands' order. */
    public List<Strand> getStrands() {
        return strands.stream().sorted(Comparator.comparingInt(Strand::getDisplayOrder)).toList();
    }

    void setStrands(Collection<Strand> strands) {
        this.strands.clear();
        this.strands.addAll(strands);
    }
}
