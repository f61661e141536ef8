package org.learningnetwork.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.learningnetwork.figures.CommitteeService;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.RejectedException;

/**
 * The committees' impact view per course ({@code /committee/impact.xhtml?committee=&quarter=}): for the courses of
 * the committee's strands whose sessions started in the quarter, response rates, end-of-course scores, confidence
 * change, changed practice, the barriers chosen most often and the flag for low practice change; and one course's
 * figures by learning outcome ({@code /committee/course-impact.xhtml?course=&quarter=}). Without a quarter the list
 * shows the latest one worked out; a malformed or future quarter is said to be so, an unknown course is not found.
 */
@Named
@RequestScoped
public class ImpactView {

    private static final ZoneId ZONE = Installation.zone();

    @Inject
    private CourseImpactService impacts;


    @Inject
    private CommitteeService committeeList;

    @Inject
    private Messages messages;

    private String committee;
    private String quarterCode;
    private String course;
    private Quarter quarter;
    private Map<String, String> committees;
    private List<CourseImpactRow> rows;
    private CourseImpactRow row;

    /** Reads the committee and quarter asked for, and the quarter's courses (view action of the list). */
    public void loadList() {
        committees = committeeList.readableNames();
        if (committees.isEmpty()) {
            // A committee viewer whose account is linked to no committee yet: nothing to show them.
            org.learningnetwork.platform.NotFound.forbidden();
            return;
        }
        if (committee == null || !committees.containsKey(committee)) {
            committee = committees.keySet().iterator().next();
        }
        if (quarterCode == null || quarterCode.isBlank()) {
            quarter = impacts.latestQuarter(committee).orElse(Quarter.of(LocalDate.now(ZONE)));
        } else if (!readQuarter()) {
            return;
        }
        quarterCode = quarter.code();
        rows = impacts.forCommittee(quarter, committee);
    }

    /** Reads the course and quarter asked for (view action of one course's page). */
    public void loadCourse() {
        if (committee != null && !committeeList.readableNames().containsKey(committee)) {
            // The list it came from, for the way back; an unknown one is dropped.
            committee = null;
        }
        Long id = parseId(course);
        if (id == null || quarterCode == null || quarterCode.isBlank()) {
            NotFound.respond();
            return;
        }
        if (!readQuarter()) {
            return;
        }
        row = impacts.of(quarter, id).orElse(null);
        if (row == null) {
            NotFound.respond();
        }
    }

    private boolean readQuarter() {
        try {
            quarter = Quarter.begun(quarterCode, LocalDate.now(ZONE));
            return true;
        } catch (RejectedException e) {
            messages.error("quarter", e.getProblems().get(0).messageKey());
            return false;
        }
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isShown() {
        return quarter != null;
    }

    public List<CourseImpactRow> getRows() {
        return rows;
    }

    /** How many of the shown courses are flagged. */
    public long getFlagged() {
        return rows == null ? 0 : rows.stream().filter(r -> r.impact().isFlagged()).count();
    }

    public CourseImpactRow getRow() {
        return row;
    }

    public List<ImpactColumns.Column> getColumns() {
        return ImpactColumns.ALL;
    }

    public String text(ImpactColumns.Column column, CourseImpact impact) {
        return column.text(impact);
    }

    /** A heading of the impact view's figures ({@code impact.<key>} in the KPI bundle, as the CSV download heads them). */
    public String label(String key) {
        return FigureText.texts().getString("impact." + key);
    }

    /** Whether the course's barriers come from too few people to show. */
    public boolean isBarriersHidden() {
        return row != null && org.learningnetwork.figures.SmallNumbers.small(row.impact().getLearnersAsked() + row.impact().getManagersAsked(),
                org.learningnetwork.figures.SmallNumbers.threshold());
    }

    public String getBarriersHiddenText() {
        return java.text.MessageFormat.format(FigureText.texts().getString("impact.barriers.fewerThan"),
                org.learningnetwork.figures.SmallNumbers.threshold());
    }

    public String topBarriers(CourseImpact impact) {
        return ImpactColumns.topBarriers(impact);
    }

    /** The text of one of the course's outcomes, or its number when the course no longer has it. */
    public String outcome(OutcomeConfidence confidence) {
        String text = row.outcome(confidence.getOutcome());
        return text != null ? text : messages.text("impact.outcome.removed", confidence.getOutcome() + 1);
    }

    /** An outcome's mean (before, now or the change), unless it is about too few answers to show. */
    public String mean(OutcomeConfidence outcome, Object value) {
        return ImpactColumns.hidden(outcome) ? ImpactColumns.fewerThan() : number(value);
    }

    public String number(Object value) {
        return FigureText.format(value, "");
    }

    public Map<String, String> getCommittees() {
        return committees;
    }

    public String getCommitteeName() {
        return committees == null ? null : committees.get(committee);
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getQuarter() {
        return quarterCode;
    }

    public void setQuarter(String quarter) {
        this.quarterCode = quarter;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Quarter getShownQuarter() {
        return quarter;
    }
}
