package org.learningnetwork.strategy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.FinancialYear;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * The strategy's priorities with this financial year's figures: sessions against each target, people attended and
 * satisfaction. One form adds a priority, or changes the one named by {@code ?id=}; each can be moved or retired.
 */
@Named
@ViewScoped
public class PrioritiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "priorityForm";

    @Inject
    private PriorityService service;

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    private String id;
    private Long editing;
    private long version;
    private String period;
    private String title;
    private String outcome;
    private String measure;
    private Integer sessionsPerYear;
    private List<Long> courseIds = new ArrayList<>();
    private FinancialYear year;
    private List<PriorityService.YearFigures> priorities;
    private List<Course> courseChoices;

    public void load() {
        if (id != null && !id.isBlank()) {
            try {
                Priority priority = service.find(Long.parseLong(id.strip()));
                editing = priority.getId();
                version = priority.getVersion();
                period = priority.getPeriod();
                title = priority.getTitle();
                outcome = priority.getOutcome();
                measure = priority.getMeasure();
                sessionsPerYear = priority.getSessionsPerYear();
                priority.getCourses().forEach(course -> courseIds.add(course.getId()));
            } catch (NotFoundException | NumberFormatException e) {
                NotFound.respond();
                return;
            }
        }
        year = service.currentYear();
        priorities = service.all(year);
    }

    public String save() {
        PriorityService.Draft draft = new PriorityService.Draft(period, title, outcome, measure, sessionsPerYear,
                new LinkedHashSet<>(courseIds));
        return messages.attempt(FORM, () -> editing == null ? service.add(draft) : service.change(editing, version, draft))
                .map(saved -> {
                    messages.noticeAfterRedirect(editing == null ? "priorities.added" : "common.saved");
                    return "/coordinator/priorities?faces-redirect=true";
                }).orElse(null);
    }

    public void retire(long priority, boolean retired) {
        messages.attempt(FORM, () -> {
            service.retire(priority, retired);
            return priority;
        }).ifPresent(done -> messages.noticeAndGoTo("/coordinator/priorities.xhtml",
                retired ? "priorities.retired" : "priorities.active"));
    }

    public void move(long priority, int by) {
        messages.attempt(FORM, () -> {
            service.move(priority, by);
            return priority;
        }).ifPresent(done -> priorities = service.all(year));
    }

    /** The courses a priority can be served by: those in the catalogue, and any it names that are retired. */
    public List<Course> getCourseChoices() {
        if (courseChoices == null) {
            courseChoices = courses.allByTitle();
        }
        return courseChoices;
    }

    public List<PriorityService.YearFigures> getPriorities() {
        return priorities;
    }

    public FinancialYear getYear() {
        return year;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public Integer getSessionsPerYear() {
        return sessionsPerYear;
    }

    public void setSessionsPerYear(Integer sessionsPerYear) {
        this.sessionsPerYear = sessionsPerYear;
    }

    public List<Long> getCourseIds() {
        return courseIds;
    }

    public void setCourseIds(List<Long> courseIds) {
        this.courseIds = courseIds == null ? new ArrayList<>() : courseIds;
    }
}
