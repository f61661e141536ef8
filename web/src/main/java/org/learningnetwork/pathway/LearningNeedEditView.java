package org.learningnetwork.pathway;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.Strand;

/**
 * Records a learning need ({@code /my/learning-need.xhtml}, {@code ?person=} for one of a manager's staff) or changes
 * one ({@code ?id=}): what is to be learned, where and when it was agreed, its strand and course, priority, target
 * date and status.
 */
@Named
@ViewScoped
public class LearningNeedEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "needForm";

    @Inject
    private LearningNeedService service;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private Messages messages;

    private String id;
    private String personId;
    private Long person;
    private String personName;
    private boolean mine;
    private LearningNeed need;
    private String strandCode;
    private Long courseId;

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                need = service.need(Long.parseLong(id.strip()));
                person = need.getPerson().getId();
                strandCode = need.getStrand() == null ? null : need.getStrand().getCode();
                courseId = need.getCourse() == null ? null : need.getCourse().getId();
            } else {
                id = null;
                need = new LearningNeed();
                if (personId != null && !personId.isBlank()) {
                    person = Long.parseLong(personId.strip());
                    personName = service.of(person).person().getFullName();
                }
            }
            if (need.getPerson() != null) {
                personName = need.getPerson().getFullName();
            }
            mine = person == null || person.equals(service.me());
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> service.save(person, need, strandCode, courseId)).map(saved -> {
            messages.noticeAfterRedirect("need.saved");
            return back() + (back().contains("?") ? "&" : "?") + "faces-redirect=true";
        }).orElse(null);
    }

    /** The plan the need belongs to. */
    public String back() {
        return mine ? "/my/learning-plan" : "/my/learning-plan?person=" + person;
    }

    /** Whether the need is (to be) the signed-in person's own. */
    public boolean isMine() {
        return mine;
    }

    public boolean isNew() {
        return id == null;
    }

    public List<Strand> getStrands() {
        return reference.strands();
    }

    public List<Course> getCourses() {
        return service.courses();
    }

    public NeedSource[] getSources() {
        return NeedSource.values();
    }

    public NeedPriority[] getPriorities() {
        return NeedPriority.values();
    }

    public NeedStatus[] getStatuses() {
        return NeedStatus.values();
    }

    public LearningNeed getNeed() {
        return need;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getPerson() {
        return person;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getStrandCode() {
        return strandCode;
    }

    public void setStrandCode(String strandCode) {
        this.strandCode = strandCode;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
