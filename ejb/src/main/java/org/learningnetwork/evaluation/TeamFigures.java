package org.learningnetwork.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.learningnetwork.figures.SmallNumbers;

/**
 * A line manager's team's learning over a period, and what its evaluations said (seed 003: a learning feedback loop
 * to the practitioner, their supervisor and their team). Counts of learning are shown as they are (the manager sees
 * their staff's records anyway); what people answered is shown only as means and shares over at least the smallest
 * count of answers, so that no one's answer can be picked out. Pure.
 *
 * @param people             people in the team (the manager's active staff)
 * @param attendedPeople     of them, those who attended a session (in full or in part)
 * @param sessionsAttended   places attended
 * @param selfGuided         self-guided learning done
 * @param evaluationsOpen    evaluations they are asked and have not answered yet
 * @param satisfactionSum    satisfaction scores given (1 to 5), summed
 * @param satisfactionCount  how many
 * @param confidenceSum      confidence after minus before, summed
 * @param confidenceCount    how many
 * @param learnersChanged    learners who said at a follow-up that the learning changed their practice
 * @param learnersAsked      learners who answered that question
 * @param managerChanged     the manager's own follow-ups saying it changed the person's practice
 * @param managerAsked       the manager's own follow-ups answering it
 */
public record TeamFigures(long people, long attendedPeople, long sessionsAttended, long selfGuided, long evaluationsOpen,
                          long satisfactionSum, long satisfactionCount, long confidenceSum, long confidenceCount,
                          long learnersChanged, long learnersAsked, long managerChanged, long managerAsked) {

    /** Whether anything happened in the period worth telling the manager. */
    public boolean isEmpty() {
        return sessionsAttended == 0 && selfGuided == 0 && satisfactionCount == 0 && learnersAsked == 0 && managerAsked == 0;
    }

    /** Mean satisfaction to one decimal, or {@code null}: none given, or too few to show. */
    public BigDecimal meanSatisfaction(int threshold) {
        return mean(satisfactionSum, satisfactionCount, threshold);
    }

    /** Mean change in confidence to one decimal, or {@code null}. */
    public BigDecimal confidenceChange(int threshold) {
        return mean(confidenceSum, confidenceCount, threshold);
    }

    /** The share of learners saying their practice changed, as a whole percentage, or {@code null}. */
    public Integer learnersPracticeChanged(int threshold) {
        return share(learnersChanged, learnersAsked, threshold);
    }

    /**
     * The share of the manager's own follow-ups saying practice changed. Their own answers: shown whatever their number.
     */
    public Integer managerPracticeChanged() {
        return managerAsked == 0 ? null : (int) Math.round(100.0 * managerChanged / managerAsked);
    }

    /** Whether a figure over {@code count} answers is withheld as too few (some, but fewer than the threshold). */
    public static boolean tooFew(long count, int threshold) {
        return SmallNumbers.small((int) Math.min(Integer.MAX_VALUE, count), threshold);
    }

    private static BigDecimal mean(long sum, long count, int threshold) {
        if (count == 0 || tooFew(count, threshold)) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static Integer share(long part, long whole, int threshold) {
        if (whole == 0 || tooFew(whole, threshold)) {
            return null;
        }
        return (int) Math.round(100.0 * part / whole);
    }
}
