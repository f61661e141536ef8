package org.learningnetwork.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.platform.Text;

/**
 * A priority of the learning and practice development strategy (seed 002): what it sets out to do in its period, the
 * outcome expected and how it is measured, the courses that serve it and, where the strategy says how often, the
 * sessions of those courses wanted in each financial year.
 */
@Entity
@Table(name = "strategy_priority")
public class Priority {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategy_priority_seq")
    @SequenceGenerator(name = "strategy_priority_seq", sequenceName = "strategy_priority_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{priority.period.required}")
    @Size(max = 20, message = "{priority.period.size}")
    private String period;

    @NotBlank(message = "{priority.title.required}")
    @Size(max = 300, message = "{priority.title.size}")
    private String title;

    @Size(max = 1000, message = "{priority.outcome.size}")
    private String outcome;

    @Size(max = 300, message = "{priority.measure.size}")
    private String measure;

    @Min(value = 1, message = "{priority.sessionsPerYear.range}")
    @Max(value = 500, message = "{priority.sessionsPerYear.range}")
    @Column(name = "sessions_per_year")
    private Integer sessionsPerYear;

    private int position;

    private boolean retired;

    @ManyToMany
    @JoinTable(name = "strategy_priority_course", joinColumns = @JoinColumn(name = "priority_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> courses = new LinkedHashSet<>();

    public Priority() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The strategy's period, as it names it: {@code 2024–27}. */
    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = Text.clean(period);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.clean(title);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = Text.clean(outcome);
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = Text.clean(measure);
    }

    /** Sessions of its courses wanted in each financial year, or {@code null} when the strategy sets no number. */
    public Integer getSessionsPerYear() {
        return sessionsPerYear;
    }

    public void setSessionsPerYear(Integer sessionsPerYear) {
        this.sessionsPerYear = sessionsPerYear;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    /** The courses that serve it, by title. */
    public List<Course> getCourses() {
        return courses.stream().sorted(Comparator.comparing(Course::getTitle)).toList();
    }

    void setCourses(Collection<Course> courses) {
        this.courses.clear();
        this.courses.addAll(courses);
    }
}
