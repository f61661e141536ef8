package org.learningnetwork.actionlearning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * A facilitator records a meeting held ({@code /facilitator/meeting.xhtml?id=}): each member's attendance, and the
 * themes raised with how many problems fell under each. Each problem is shown on its row's field.
 */
@Named
@ViewScoped
public class MeetingSheetView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "meetingForm";

    @Inject
    private FacilitationService facilitation;

    @Inject
    private Messages messages;

    private String id;
    private FacilitationService.Sheet sheet;
    private final List<MarkRow> marks = new ArrayList<>();
    private final List<ThemeRow> themes = new ArrayList<>();

    /** One member's mark. */
    public static class MarkRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long personId;
        private final String name;
        private MeetingMark mark;

        MarkRow(long personId, String name, MeetingMark mark) {
            this.personId = personId;
            this.name = name;
            this.mark = mark;
        }

        public String getName() {
            return name;
        }

        public MeetingMark getMark() {
            return mark;
        }

        public void setMark(MeetingMark mark) {
            this.mark = mark;
        }
    }

    /** One theme: raised or not, and how many problems fell under it. */
    public static class ThemeRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long themeId;
        private final String name;
        private final String description;
        private Integer problems;

        ThemeRow(long themeId, String name, String description, Integer problems) {
            this.themeId = themeId;
            this.name = name;
            this.description = description;
            this.problems = problems;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        public Integer getProblems() {
            return problems;
        }

        public void setProblems(Integer problems) {
            this.problems = problems;
        }
    }

    public void load() {
        if (sheet != null) {
            return;
        }
        try {
            sheet = facilitation.sheet(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        sheet.members().forEach(p -> marks.add(new MarkRow(p.getId(), p.getFullName(), sheet.meeting().getAttendance().get(p.getId()))));
        sheet.themes().forEach(t -> themes.add(new ThemeRow(t.getId(), t.getName(), t.getDescription(),
                sheet.meeting().getThemes().get(t.getId()))));
    }

    public String save() {
        Map<Long, MeetingMark> given = new HashMap<>();
        marks.stream().filter(m -> m.mark != null).forEach(m -> given.put(m.personId, m.mark));
        Map<Long, Integer> raised = new HashMap<>();
        themes.stream().filter(t -> t.problems != null && t.problems != 0).forEach(t -> raised.put(t.themeId, t.problems));
        try {
            facilitation.record(sheet.meeting().getId(), given, raised);
        } catch (RejectedException e) {
            for (RejectedException.Problem problem : e.getProblems()) {
                messages.error(clientId(problem.field()), problem.messageKey(), problem.arguments().toArray());
            }
            return null;
        } catch (NotFoundException e) {
            NotFound.respond();
            return null;
        }
        messages.noticeAfterRedirect("sheet.saved");
        return "/facilitator/set?faces-redirect=true&id=" + sheet.meeting().getSet().getId();
    }

    /** The input of a problem's row: {@code mark-<person>} and {@code theme-<theme>} name one. */
    private String clientId(String field) {
        if (field == null) {
            return null;
        }
        for (int i = 0; i < marks.size(); i++) {
            if (field.equals("mark-" + marks.get(i).personId)) {
                return FORM + ":marks:" + i + ":mark";
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            if (field.equals("theme-" + themes.get(i).themeId)) {
                return FORM + ":themes:" + i + ":problems";
            }
        }
        return null;
    }

    public FacilitationService.Sheet getSheet() {
        return sheet;
    }

    public List<MarkRow> getMarks() {
        return marks;
    }

    public List<ThemeRow> getThemes() {
        return themes;
    }

    public List<MeetingMark> getMarkChoices() {
        return List.of(MeetingMark.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
