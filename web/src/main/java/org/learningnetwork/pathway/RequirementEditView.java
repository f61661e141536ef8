package org.learningnetwork.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Creates or edits a learning requirement ({@code ?id=} for an existing one): its name, how many months it lasts
 * (empty: once is enough) and the courses that meet it, retired ones included so that a replaced course still counts.
 */
@Named
@ViewScoped
public class RequirementEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "requirementForm";

    @Inject
    private RoleProfileService service;

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    private String id;
    private LearningRequirement requirement;
    private List<Long> courseIds = new ArrayList<>();
    private List<Course> courseChoices;

    public void load() {
        if (id == null || id.isBlank()) {
            id = null;
            requirement = new LearningRequirement(null, null);
            return;
        }
        try {
            requirement = service.requirement(Long.parseLong(id.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        requirement.getCourses().forEach(c -> courseIds.add(c.getId()));
    }

    public String save() {
        return messages.attempt(FORM, () -> service.save(requirement, new LinkedHashSet<>(courseIds))).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/role-profiles?faces-redirect=true";
        }).orElse(null);
    }

    public boolean isNew() {
        return requirement == null || requirement.getId() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningRequirement getRequirement() {
        return requirement;
    }

    public List<Long> getCourseIds() {
        return courseIds;
    }

    public void setCourseIds(List<Long> courseIds) {
        this.courseIds = courseIds == null ? new ArrayList<>() : courseIds;
    }

    /** Every course, retired ones last, by title. */
    public List<Course> getCourseChoices() {
        if (courseChoices == null) {
            courseChoices = courses.allByTitle();
        }
        return courseChoices;
    }
}
