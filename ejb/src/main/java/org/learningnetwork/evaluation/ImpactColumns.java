package org.learningnetwork.evaluation;

import java.util.List;
import java.util.function.Function;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.SmallNumbers;

/** The figures of the committees' impact view per course, as its table and its CSV download show them. */
public final class ImpactColumns {

    /**
     * One column: its key ({@code impact.<key>} in the KPI bundle), its unit, its value from a course's figures, and how
     * many people (answers) the value is about ({@code null}: not about people's answers): a value about fewer people
     * than {@link SmallNumbers#threshold()} is not shown, so that anonymous answers stay anonymous.
     */
    public record Column(String key, String unit, Function<CourseImpact, Object> value, Function<CourseImpact, Integer> people) {

        /** Its heading, as people read it. */
        public String label() {
            return FigureText.texts().getString("impact." + key);
        }

        /** Whether the course's value is about too few people to show. */
        public boolean hidden(CourseImpact impact) {
            return impact != null && people != null && SmallNumbers.small(people.apply(impact), SmallNumbers.threshold());
        }

        /** The value written for people; "no data" where there is none, "fewer than 5" where it is about too few. */
        public String text(CourseImpact impact) {
            return hidden(impact) ? fewerThan() : FigureText.format(number(impact), unit);
        }

        /** The value for a chart: a number, or nothing. */
        public Object number(CourseImpact impact) {
            return impact == null || hidden(impact) ? null : value.apply(impact);
        }

        /** The value for a spreadsheet: a number, empty for no data, or the words saying why it is not shown. */
        public Object cell(CourseImpact impact) {
            return hidden(impact) ? fewerThan() : number(impact);
        }
    }

    /** What is shown instead of a figure about too few people. */
    public static String fewerThan() {
        return java.text.MessageFormat.format(FigureText.texts().getString("kpi.fewerThan"), SmallNumbers.threshold());
    }

    /** Whether an outcome's means are about too few answers to show. */
    public static boolean hidden(OutcomeConfidence outcome) {
        return SmallNumbers.small(outcome.getAnswers(), SmallNumbers.threshold());
    }

    /** Every column, in order. */
    public static final List<Column> ALL = List.of(
            new Column("sessions", "", CourseImpact::getSessions, null),
            new Column("learners", "", CourseImpact::getLearners, null),
            new Column("endResponseRate", "%", CourseImpact::getEndResponseRate, CourseImpact::getEndRequested),
            new Column("meanSatisfaction", "", CourseImpact::getMeanSatisfaction, CourseImpact::getSatisfactionCount),
            new Column("satisfiedShare", "%", CourseImpact::getSatisfiedShare, CourseImpact::getSatisfactionCount),
            new Column("meanRelevance", "", CourseImpact::getMeanRelevance, CourseImpact::getRelevanceCount),
            new Column("confidenceChange", "", CourseImpact::getConfidenceChange, CourseImpact::getEndAnswered),
            new Column("learnerResponseRate", "%", CourseImpact::getLearnerResponseRate, CourseImpact::getLearnerRequested),
            new Column("learnersChangedShare", "%", CourseImpact::getLearnersChangedShare, CourseImpact::getLearnersAsked),
            new Column("managerResponseRate", "%", CourseImpact::getManagerResponseRate, CourseImpact::getManagerRequested),
            new Column("managersChangedShare", "%", CourseImpact::getManagersChangedShare, CourseImpact::getManagersAsked));

    private ImpactColumns() {
    }

    /**
     * The barriers chosen most often, with how often: "Workload or time (3); Culture (1)"; empty if none; not shown when
     * fewer people than the threshold were asked at the follow-ups.
     */
    public static String topBarriers(CourseImpact impact) {
        if (SmallNumbers.small(impact.getLearnersAsked() + impact.getManagersAsked(), SmallNumbers.threshold())) {
            return fewerThan();
        }
        return String.join("; ", impact.getTopBarriers().stream().map(b -> b.getBarrier() + " (" + b.getMentions() + ")").toList());
    }
}
