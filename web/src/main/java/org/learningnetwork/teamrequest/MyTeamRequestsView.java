package org.learningnetwork.teamrequest;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.learningnetwork.catalogue.CatalogueEntry;
import org.learningnetwork.catalogue.CatalogueQuery;
import org.learningnetwork.catalogue.CatalogueService;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.PageRequest;

/**
 * A line manager asks the learning team for a course or a briefing for their team (a course from the catalogue or a
 * topic of their own, how many, the dates that suit, who), follows their requests and withdraws one still open.
 */
@Named
@ViewScoped
public class MyTeamRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "requestForm";

    @Inject
    private TeamRequestService service;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private Messages messages;

    private Long courseId;
    private String topic;
    private Integer teamSize;
    private String datesThatSuit;
    private String notes;
    private List<Long> memberIds = new ArrayList<>();
    private List<TeamRequest> requests;
    private List<Person> staff;
    private List<Course> courseChoices;

    public void load() {
        requests = service.mine();
    }

    public String send() {
        return messages.attempt(FORM, () -> service.request(courseId, topic, teamSize, datesThatSuit, notes,
                new LinkedHashSet<>(memberIds))).map(sent -> {
                    messages.noticeAfterRedirect("teamRequest.sent");
                    return "/my/team-requests?faces-redirect=true";
                }).orElse(null);
    }

    public void withdraw(long id) {
        messages.attempt(FORM, () -> {
            service.withdraw(id);
            return id;
        }).ifPresent(done -> messages.noticeAndGoTo("/my/team-requests.xhtml", "teamRequest.withdrawn"));
    }

    public List<TeamRequest> getRequests() {
        return requests;
    }

    /** Loaded on first use: the checkboxes are built before the view action runs. */
    public List<Person> getStaff() {
        if (staff == null) {
            staff = service.myStaff();
        }
        return staff;
    }

    public List<Course> getCourseChoices() {
        if (courseChoices == null) {
            courseChoices = catalogue.search(CatalogueQuery.everything(), new PageRequest(0, PageRequest.MAX_SIZE)).rows().stream()
                    .map(CatalogueEntry::course).sorted(java.util.Comparator.comparing(Course::getTitle)).toList();
        }
        return courseChoices;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Integer getTeamSize() {
        return teamSize;
    }

    public void setTeamSize(Integer teamSize) {
        this.teamSize = teamSize;
    }

    public String getDatesThatSuit() {
        return datesThatSuit;
    }

    public void setDatesThatSuit(String datesThatSuit) {
        this.datesThatSuit = datesThatSuit;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }
}
