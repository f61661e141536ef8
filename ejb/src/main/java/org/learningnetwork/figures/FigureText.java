package org.learningnetwork.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;

/** How figures are written for people, the same on screens, in downloads and in report packs. */
public final class FigureText {

    /** The bundle of the indicators' names, the impact columns' names and the report pack's words. */
    public static final String BUNDLE = "org.learningnetwork.figures.figures";

    private FigureText() {
    }

    /** The indicators' names and the report pack's words. */
    public static ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, Locale.UK);
    }

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
}
