package org.learningnetwork.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * A job role as the pathways know it (for example "Social worker, children and families"): its workforce group in
 * each framework and the learning it requires. Its code is what the council's HR export gives for the role.
 */
@Entity
@Table(name = "role_profile")
@NamedQuery(name = RoleProfile.ALL, query = "select p from RoleProfile p order by p.name")
@NamedQuery(name = RoleProfile.BY_CODE, query = "select p from RoleProfile p where upper(p.code) = upper(:code)")
public class RoleProfile {

    /** Every role profile, by name. */
    public static final String ALL = "RoleProfile.all";
    /** The role profile with {@code :code}, whatever its case. */
    public static final String BY_CODE = "RoleProfile.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_profile_seq")
    @SequenceGenerator(name = "role_profile_seq", sequenceName = "role_profile_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{roleProfile.code.required}")
    @Size(max = 40, message = "{roleProfile.code.size}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{roleProfile.code.pattern}")
    private String code;

    @NotBlank(message = "{roleProfile.name.required}")
    @Size(max = 200, message = "{roleProfile.name.size}")
    private String name;

    @Size(max = 1000, message = "{roleProfile.description.size}")
    private String description;

    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "role_profile_workforce_group", joinColumns = @JoinColumn(name = "role_profile_id"),
            inverseJoinColumns = @JoinColumn(name = "workforce_group_id"))
    private Set<WorkforceGroup> workforceGroups = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "role_profile_requirement", joinColumns = @JoinColumn(name = "role_profile_id"),
            inverseJoinColumns = @JoinColumn(name = "requirement_id"))
    @OrderColumn(name = "position")
    private List<LearningRequirement> requirements = new ArrayList<>();

    protected RoleProfile() {
    }

    public RoleProfile(String code, String name) {
        this.code = Text.clean(code);
        this.name = Text.clean(name);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Text.clean(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.clean(description);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** One workforce group per framework at most (the service checks). */
    public Set<WorkforceGroup> getWorkforceGroups() {
        return Collections.unmodifiableSet(workforceGroups);
    }

    /** The workforce groups by framework name, for showing. */
    public List<WorkforceGroup> getWorkforceGroupsByFramework() {
        return workforceGroups.stream().sorted(Comparator.comparing(g -> g.getFramework().getName())).toList();
    }

    public void setWorkforceGroups(Set<WorkforceGroup> groups) {
        workforceGroups.clear();
        workforceGroups.addAll(groups);
    }

    public List<LearningRequirement> getRequirements() {
        return Collections.unmodifiableList(requirements);
    }

    public void setRequirements(List<LearningRequirement> requirements) {
        this.requirements.clear();
        this.requirements.addAll(requirements);
    }
}
