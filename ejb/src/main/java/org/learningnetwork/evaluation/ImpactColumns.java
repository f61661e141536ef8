package org.learningnetwork.evaluation;

import java.util.List;
import java.util.function.Function;
import org.learningnetwork.reporting.KpiTables;

/** The figures of the committees' impact view per course, as its table and its CSV download show them. */
public final class ImpactColumns {

    /** One column: its key ({@code impact.<key>} in the KPI bundle), its unit and its value from a course's figures. */
    public record Column(String key, String unit, Function<CourseImpact, Object> value) {

        /** Its heading, as people read it. */
        public String label() {
            return KpiTables.texts().getString("impact." + key);
        }

        /** The value written for people; "no data" where there is none. */
        public String text(CourseImpact impact) {
            return KpiTables.format(number(impact), unit);
        }

        /** The value for a spreadsheet: a number, or empty. */
        public Object number(CourseImpact impact) {
            return impact == null ? null : value.apply(impact);
        }
    }

    /** Every column, in order. */
    public static final List<Column> ALL = List.of(
            new Column("sessions", "", CourseImpact::getSessions),
            new Column("learners", "", CourseImpact::getLearners),
            new Column("endResponseRate", "%", CourseImpact::getEndResponseRate),
            new Column("meanSatisfaction", "", CourseImpact::getMeanSatisfaction),
            new Column("satisfiedShare", "%", CourseImpact::getSatisfiedShare),
            new Column("meanRelevance", "", CourseImpact::getMeanRelevance),
            new Column("confidenceChange", "", CourseImpact::getConfidenceChange),
            new Column("learnerResponseRate", "%", CourseImpact::getLearnerResponseRate),
            new Column("learnersChangedShare", "%", CourseImpact::getLearnersChangedShare),
            new Column("managerResponseRate", "%", CourseImpact::getManagerResponseRate),
            new Column("managersChangedShare", "%", CourseImpact::getManagersChangedShare));

    private ImpactColumns() {
    }

    /** The barriers chosen most often, with how often: "Workload or time (3); Culture (1)"; empty if none. */
    public static String topBarriers(CourseImpact impact) {
        return String.join("; ", impact.getTopBarriers().stream().map(b -> b.getBarrier() + " (" + b.getMentions() + ")").toList());
    }
}
