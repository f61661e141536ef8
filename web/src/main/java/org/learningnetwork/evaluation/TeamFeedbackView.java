package org.learningnetwork.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.platform.Installation;

/**
 * A line manager's team's learning and what its evaluations said, over the last 1, 3, 6 or 12 months
 * ({@code ?months=}, 12 unless given; anything else is 12).
 */
@Named
@RequestScoped
public class TeamFeedbackView {

    private static final List<Integer> PERIODS = List.of(1, 3, 6, 12);

    @Inject
    private TeamFeedbackService feedback;

    private String months;
    private TeamFigures figures;

    public void load() {
        YearMonth last = YearMonth.from(LocalDate.now(Installation.zone()));
        figures = feedback.myTeam(last.minusMonths(getPeriod() - 1L), last);
    }

    /** The months covered, this one included. */
    public int getPeriod() {
        try {
            int period = Integer.parseInt(months == null ? "" : months.strip());
            return PERIODS.contains(period) ? period : 12;
        } catch (NumberFormatException e) {
            return 12;
        }
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public TeamFigures getFigures() {
        return figures;
    }

    public int getThreshold() {
        return SmallNumbers.threshold();
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }
}
