package org.learningnetwork.reporting;

import java.util.List;
import java.util.function.Function;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.SmallNumbers;

/**
 * The indicators the dashboard and its downloads show, in order, each with its label key and how to read it from
 * stored figures; and how a value is written ("no data" where there is nothing to divide by).
 */
public final class KpiTables {

    /**
     * One indicator: its key ({@code kpi.<key>} in the bundle), its unit, its value from figures, and how many people
     * that value is about ({@code null} for one about sessions or organisations, never withheld): a value about too
     * few people, or withheld to protect another row ({@link SmallNumbers}), is never shown.
     */
    public record Indicator(String key, String unit, Function<KpiFigure, Object> value, Function<KpiFigure, Integer> people) {

        /** Its name, as people read it. */
        public String label() {
            return FigureText.texts().getString("kpi." + key);
        }

        /** Whether the figure's value of this indicator is not shown: about too few people, or withheld for another. */
        public boolean hidden(KpiFigure figure) {
            return figure != null && people != null
                    && (SmallNumbers.small(people.apply(figure), SmallNumbers.threshold()) || figure.isWithheld(key));
        }

        /** The value written for people: a percentage, pounds, a mean or a count; "no data" where there is none. */
        public String text(KpiFigure figure) {
            if (hidden(figure)) {
                return hiddenText(figure);
            }
            return FigureText.format(figure == null ? null : value.apply(figure), unit);
        }

        /** The value for a chart: a number, or nothing (no data, or not shown). */
        public Object number(KpiFigure figure) {
            return figure == null || hidden(figure) ? null : value.apply(figure);
        }

        /** The value for a spreadsheet: a number, empty for no data, or the words saying why it is not shown. */
        public Object cell(KpiFigure figure) {
            return hidden(figure) ? hiddenText(figure) : number(figure);
        }

        private String hiddenText(KpiFigure figure) {
            return figure.isWithheld(key) ? FigureText.texts().getString("kpi.withheld")
                    : java.text.MessageFormat.format(FigureText.texts().getString("kpi.fewerThan"), SmallNumbers.threshold());
        }
    }

    /** Every indicator, as the headline table and the trend show them. */
    public static final List<Indicator> HEADLINE = List.of(
            new Indicator("sessionsDelivered", "", KpiFigure::getSessionsDelivered, null),
            new Indicator("placesOffered", "", KpiFigure::getPlacesOffered, null),
            new Indicator("bookings", "", KpiFigure::getBookings, KpiFigure::getBookings),
            new Indicator("fillRate", "%", KpiFigure::getFillRate, KpiFigure::getBookings),
            new Indicator("attendanceRate", "%", KpiFigure::getAttendanceRate, KpiFigure::getBookings),
            new Indicator("didNotAttendRate", "%", KpiFigure::getDidNotAttendRate, KpiFigure::getBookings),
            new Indicator("lateCancellations", "", KpiFigure::getLateCancellations, KpiFigure::getLateCancellations),
            new Indicator("unmetDemand", "", KpiFigure::getUnmetDemand, KpiFigure::getUnmetDemand),
            new Indicator("uniqueLearners", "", KpiFigure::getUniqueLearners, KpiFigure::getUniqueLearners),
            new Indicator("uniqueAgencies", "", KpiFigure::getUniqueAgencies, null),
            new Indicator("trainingHours", "", KpiFigure::getTrainingHours, KpiFigure::getUniqueLearners),
            new Indicator("selfGuided", "", KpiFigure::getSelfGuided, KpiFigure::getSelfGuided),
            new Indicator("costPerLearner", "£", KpiFigure::getCostPerLearner, KpiFigure::getUniqueLearners),
            new Indicator("responseRate", "%", KpiFigure::getResponseRate, KpiFigure::getEvaluationsRequested),
            new Indicator("meanSatisfaction", "", KpiFigure::getMeanSatisfaction, KpiFigure::getSatisfactionCount),
            new Indicator("confidenceChange", "", KpiFigure::getConfidenceChange, KpiFigure::getConfidenceCount),
            new Indicator("learnersPracticeChanged", "%", KpiFigure::getLearnersPracticeChanged, KpiFigure::getLearnersAsked),
            new Indicator("managersPracticeChanged", "%", KpiFigure::getManagersPracticeChanged, KpiFigure::getManagersAsked),
            new Indicator("pathwayCompliance", "%", KpiFigure::getPathwayCompliance, KpiFigure::getPathwayPeople));

    /**
     * Withholds, in each column of a breakdown's rows, what {@link SmallNumbers#secondary} says, so that the rows'
     * totals never give a small number away.
     */
    public static void protect(List<KpiFigure> breakdown) {
        int threshold = SmallNumbers.threshold();
        for (Indicator indicator : HEADLINE) {
            if (indicator.people() == null) {
                continue;
            }
            java.util.Map<KpiFigure, Integer> column = new java.util.LinkedHashMap<>();
            breakdown.forEach(f -> column.put(f, indicator.people().apply(f)));
            SmallNumbers.secondary(column, threshold).forEach(f -> f.withhold(indicator.key()));
        }
    }

    /** The rates the report pack's chart compares with the quarter before. */
    public static final List<Indicator> RATES = HEADLINE.stream().filter(i -> List.of("fillRate", "attendanceRate", "responseRate",
            "learnersPracticeChanged", "managersPracticeChanged").contains(i.key())).toList();

    /** The indicators of a breakdown by strand, agency or workforce group (session figures are not broken down). */
    public static final List<Indicator> BREAKDOWN = HEADLINE.stream()
            .filter(i -> !List.of("sessionsDelivered", "placesOffered", "fillRate", "uniqueAgencies").contains(i.key())).toList();

    private KpiTables() {
    }
}
