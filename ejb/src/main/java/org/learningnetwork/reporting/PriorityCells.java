package org.learningnetwork.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.strategy.PriorityFigures;
import org.learningnetwork.strategy.TargetProgress;

/**
 * How a strategy priority's quarter is written in a committee's pack: people attended and satisfaction, not shown when
 * about fewer people than the threshold (priorities overlap and add up to no total, so nothing else need be withheld),
 * and the financial year's sessions against the target in words. Pure.
 */
final class PriorityCells {

    private PriorityCells() {
    }

    /** People who attended: a number, or the words saying it is too few to show. */
    static Object attended(PriorityFigures.Quarterly row, int threshold) {
        return SmallNumbers.small((int) Math.min(Integer.MAX_VALUE, row.attended()), threshold) ? fewer(threshold) : (Object) row.attended();
    }

    /** Mean satisfaction to one decimal; none without answers; the words when too few answered. */
    static Object satisfaction(PriorityFigures.Quarterly row, int threshold) {
        if (row.satisfaction() == null) {
            return null;
        }
        if (SmallNumbers.small((int) Math.min(Integer.MAX_VALUE, row.answers()), threshold)) {
            return fewer(threshold);
        }
        return BigDecimal.valueOf(row.satisfaction()).setScale(1, RoundingMode.HALF_UP);
    }

    /** The financial year's sessions as at the quarter's end, against the target: "2 held, 1 planned of 3 wanted: on track". */
    static String year(TargetProgress year) {
        ResourceBundle texts = FigureText.texts();
        return MessageFormat.format(texts.getString("report.priority.year." + year.status()), year.delivered(), year.planned(),
                year.target() == null ? 0 : year.target(), year.toPlan());
    }

    /** A cell for people to read: "no data" for none. */
    static String text(Object cell) {
        return cell instanceof String words ? words : FigureText.format(cell, "");
    }

    private static String fewer(int threshold) {
        return MessageFormat.format(FigureText.texts().getString("kpi.fewerThan"), threshold);
    }
}
