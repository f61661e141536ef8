package org.learningnetwork.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.platform.Text;

/**
 * Learning a role requires (for example "Child protection: general contact, every three years"): met by completing any
 * of the courses it accepts, and due again {@link #getRefreshMonths() refresh months} after the latest completion.
 */
@Entity
@Table(name = "learning_requirement")
@NamedQuery(name = LearningRequirement.ALL, query = "select r from LearningRequirement r order by r.name")
public class LearningRequirement {

    /** Every requirement, by name. */
    public static final String ALL = "LearningRequirement.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_requirement_seq")
    @SequenceGenerator(name = "learning_requirement_seq", sequenceName = "learning_requirement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{requirement.name.required}")
    @Size(max = 200, message = "{requirement.name.size}")
    private String name;

    @Size(max = 1000, message = "{requirement.description.size}")
    private String description;

    @Min(value = 1, message = "{requirement.refresh.range}")
    @Max(value = 240, message = "{requirement.refresh.range}")
    @Column(name = "refresh_months")
    private Integer refreshMonths;

    private boolean active = true;

    @NotEmpty(message = "{requirement.courses.required}")
    @ManyToMany
    @JoinTable(name = "learning_requirement_course", joinColumns = @JoinColumn(name = "requirement_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> courses = new LinkedHashSet<>();

    protected LearningRequirement() {
    }

    public LearningRequirement(String name, Integer refreshMonths) {
        this.name = Text.clean(name);
        this.refreshMonths = refreshMonths;
    }

    /** What the rules need to know of it. */
    public PathwayRules.Requirement rule() {
        return new PathwayRules.Requirement(courseIds(), refreshMonths);
    }

    public Set<Long> courseIds() {
        return courses.stream().map(Course::getId).collect(Collectors.toUnmodifiableSet());
    }

    /** The accepted courses, by title. */
    public List<Course> getCoursesByTitle() {
        return courses.stream().sorted(Comparator.comparing(Course::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Long getId() {
        return id;
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

    public Integer getRefreshMonths() {
        return refreshMonths;
    }

    public void setRefreshMonths(Integer refreshMonths) {
        this.refreshMonths = refreshMonths;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Course> getCourses() {
        return Collections.unmodifiableSet(courses);
    }

    public void setCourses(Set<Course> courses) {
        this.courses.clear();
        this.courses.addAll(courses);
    }
}
