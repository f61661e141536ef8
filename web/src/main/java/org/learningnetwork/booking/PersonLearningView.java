package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.people.Person;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * A person's learning record for the learning team ({@code /people/learning.xhtml?person=}), where earlier
 * learning is recorded as equivalent to a course (it then meets that course's place as a prerequisite).
 */
@Named
@RequestScoped
public class PersonLearningView {

    static final String FORM = "equivalentForm";

    @Inject
    private PersonService people;

    @Inject
    private LearningRecordService records;

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    private boolean loaded;
    private String personId;
    private Person person;
    private List<LearningRecord> record = List.of();
    private List<Course> courseChoices;
    private Long courseId;
    private LocalDate completedOn;
    private String evidence;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (personId == null) {
            personId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("person");
        }
        if (personId == null && FacesContext.getCurrentInstance().isPostback()) {
            // Another form on the page (signing out) was sent: nothing of this page is needed.
            loaded = false;
            return;
        }
        try {
            long id = Long.parseLong(personId == null ? "" : personId.strip());
            person = people.find(id);
            record = records.of(id);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
        }
    }

    public String recordEquivalent() {
        load();
        if (person == null) {
            return null;
        }
        // The date was read by the form's converter (ln.date), an unreadable one refused on its field.
        if (messages.attempt(FORM, () -> records.recordEquivalent(person.getId(), courseId, completedOn, evidence)).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("equivalent.recorded");
        return "/people/learning?faces-redirect=true&person=" + person.getId();
    }

    public Person getPerson() {
        load();
        return person;
    }

    public List<LearningRecord> getRecord() {
        load();
        return record;
    }

    public List<Course> getCourses() {
        if (courseChoices == null) {
            courseChoices = courses.prerequisiteChoices();
        }
        return courseChoices;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
