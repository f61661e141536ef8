package org.learningnetwork.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.learningnetwork.figures.Indicators;

/**
 * The confidence learners gave for one learning outcome of a course (its position among the course's outcomes):
 * looking back to before the course, and now, each on a scale of 1 to 5.
 */
@Embeddable
public class OutcomeConfidence implements Serializable {

    private static final long serialVersionUID = 1L;

    private int outcome;
    private int answers;
    @Column(name = "before_sum")
    private int beforeSum;
    @Column(name = "now_sum")
    private int nowSum;

    protected OutcomeConfidence() {
    }

    public OutcomeConfidence(int outcome, int answers, int beforeSum, int nowSum) {
        this.outcome = outcome;
        this.answers = answers;
        this.beforeSum = beforeSum;
        this.nowSum = nowSum;
    }

    public int getOutcome() {
        return outcome;
    }

    public int getAnswers() {
        return answers;
    }

    public int getBeforeSum() {
        return beforeSum;
    }

    public int getNowSum() {
        return nowSum;
    }

    /** The mean confidence before the course; none without answers. */
    public BigDecimal getMeanBefore() {
        return Indicators.mean(beforeSum, answers);
    }

    /** The mean confidence now. */
    public BigDecimal getMeanNow() {
        return Indicators.mean(nowSum, answers);
    }

    /** The mean change, now less before (points on the scale of 1 to 5). */
    public BigDecimal getMeanChange() {
        return Indicators.mean(nowSum - beforeSum, answers);
    }
}
