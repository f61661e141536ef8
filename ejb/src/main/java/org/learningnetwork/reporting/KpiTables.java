package org.learningnetwork.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The indicators the dashboard and its downloads show, in order, each with its label key and how to read it from
 * stored figures; and how a value is written ("no data" where there is nothing to divide by).
 */
public final class KpiTables {

    /** One indicator: its key ({@code kpi.<key>} in the bundle), its unit and its value from figures. */
    public record Indicator(String key, String unit, Function<KpiFigure, Object> value) {

        /** Its name, as people read it. */
        public String label() {
            return texts().getString("kpi." + key);
        }

        /** The value written for people: a percentage, pounds, a mean or a count; "no data" where there is none. */
        public String text(KpiFigure figure) {
            return format(figure == null ? null : value.apply(figure), unit);
        }

        /** The value for a spreadsheet: a number, or empty. */
        public Object number(KpiFigure figure) {
            return figure == null ? null : value.apply(figure);
        }
    }

    /** Every indicator, as the headline table and the trend show them. */
    public static final List<Indicator> HEADLINE = List.of(
            new Indicator("sessionsDelivered", "", KpiFigure::getSessionsDelivered),
            new Indicator("placesOffered", "", KpiFigure::getPlacesOffered),
            new Indicator("bookings", "", KpiFigure::getBookings),
            new Indicator("fillRate", "%", KpiFigure::getFillRate),
            new Indicator("attendanceRate", "%", KpiFigure::getAttendanceRate),
            new Indicator("didNotAttendRate", "%", KpiFigure::getDidNotAttendRate),
            new Indicator("lateCancellations", "", KpiFigure::getLateCancellations),
            new Indicator("unmetDemand", "", KpiFigure::getUnmetDemand),
            new Indicator("uniqueLearners", "", KpiFigure::getUniqueLearners),
            new Indicator("uniqueAgencies", "", KpiFigure::getUniqueAgencies),
            new Indicator("trainingHours", "", KpiFigure::getTrainingHours),
            new Indicator("costPerLearner", "£", KpiFigure::getCostPerLearner),
            new Indicator("responseRate", "%", KpiFigure::getResponseRate),
            new Indicator("meanSatisfaction", "", KpiFigure::getMeanSatisfaction),
            new Indicator("confidenceChange", "", KpiFigure::getConfidenceChange),
            new Indicator("learnersPracticeChanged", "%", KpiFigure::getLearnersPracticeChanged),
            new Indicator("managersPracticeChanged", "%", KpiFigure::getManagersPracticeChanged));

    /** The rates the report pack's chart compares with the quarter before. */
    public static final List<Indicator> RATES = HEADLINE.stream().filter(i -> List.of("fillRate", "attendanceRate", "responseRate",
            "learnersPracticeChanged", "managersPracticeChanged").contains(i.key())).toList();

    /** The indicators of a breakdown by strand, agency or workforce group (session figures are not broken down). */
    public static final List<Indicator> BREAKDOWN = HEADLINE.stream()
            .filter(i -> !List.of("sessionsDelivered", "placesOffered", "fillRate", "uniqueAgencies").contains(i.key())).toList();

    /** A value written for people in {@code unit} (%, £ or none): "no data" where there is none. */
    public static String format(Object value, String unit) {
        if (value == null) {
            return texts().getString("kpi.noData");
        }
        return switch (unit) {
            case "%" -> value + "%";
            case "£" -> "£" + value;
            default -> value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        };
    }

    /** The bundle of the indicators' names and the report pack's words. */
    public static final String BUNDLE = "org.learningnetwork.reporting.kpi";

    private KpiTables() {
    }

    /** The indicators' names and the report pack's words. */
    public static ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, Locale.UK);
    }
}
