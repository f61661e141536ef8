package org.learningnetwork.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.learningnetwork.figures.Indicators;
import org.learningnetwork.figures.Quarter;

/**
 * The impact of one course's sessions that started in a quarter, as the impact evaluation job worked it out. What is
 * counted:
 * <ul>
 *   <li>sessions — those that took place (not cancelled, ended); learners — who attended them at least in part;</li>
 *   <li>requests to evaluate issued for those sessions and answered: at the end of the course, at the follow-ups to
 *       learners, and at the follow-ups to line managers (each follow-up offset counts);</li>
 *   <li>end-of-course scores (1 to 5): satisfaction, with how many agreed or strongly agreed (4 or 5), and relevance to
 *       role; confidence before and now for each learning outcome ({@link OutcomeConfidence});</li>
 *   <li>at the follow-ups, learners and managers asked whether practice changed and how many said yes; the barriers
 *       chosen ({@link BarrierCount}).</li>
 * </ul>
 * Answers to a set that is anonymous count too: they keep their session. The course is <em>flagged</em> when its
 * practice change is low against its end-of-course scores ({@link #lowPracticeChange}).
 */
@Entity
@Table(name = "course_impact")
public class CourseImpact implements Serializable {

    private static final long serialVersionUID = 1L;

    @EmbeddedId
    private CourseImpactKey id;

    private int sessions;
    private int learners;
    @Column(name = "end_requested")
    private int endRequested;
    @Column(name = "end_answered")
    private int endAnswered;
    @Column(name = "learner_requested")
    private int learnerRequested;
    @Column(name = "learner_answered")
    private int learnerAnswered;
    @Column(name = "manager_requested")
    private int managerRequested;
    @Column(name = "manager_answered")
    private int managerAnswered;
    @Column(name = "satisfaction_sum")
    private int satisfactionSum;
    @Column(name = "satisfaction_count")
    private int satisfactionCount;
    private int satisfied;
    @Column(name = "relevance_sum")
    private int relevanceSum;
    @Column(name = "relevance_count")
    private int relevanceCount;
    @Column(name = "learners_changed")
    private int learnersChanged;
    @Column(name = "learners_asked")
    private int learnersAsked;
    @Column(name = "managers_changed")
    private int managersChanged;
    @Column(name = "managers_asked")
    private int managersAsked;
    private boolean flagged;
    @Column(name = "worked_out_at")
    private Instant workedOutAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_impact_outcome", joinColumns = {
        @JoinColumn(name = "quarter_code", referencedColumnName = "quarter_code"),
        @JoinColumn(name = "course_id", referencedColumnName = "course_id")})
    @OrderBy("outcome")
    private List<OutcomeConfidence> outcomes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_impact_barrier", joinColumns = {
        @JoinColumn(name = "quarter_code", referencedColumnName = "quarter_code"),
        @JoinColumn(name = "course_id", referencedColumnName = "course_id")})
    private List<BarrierCount> barriers = new ArrayList<>();

    protected CourseImpact() {
    }

    public CourseImpact(Quarter quarter, long courseId) {
        this.id = new CourseImpactKey(quarter, courseId);
    }

    /**
     * Whether practice change is low against the end-of-course scores: with at least {@code minAnswers} follow-up
     * answers (learners and managers) on whether practice changed, the share saying yes is at least {@code gapPoints}
     * percentage points below the share of end-of-course respondents satisfied (4 or 5). Exact: no rounding.
     */
    public static boolean lowPracticeChange(long satisfied, long satisfactionCount, long changed, long asked, int gapPoints, int minAnswers) {
        if (asked < Math.max(1, minAnswers) || satisfactionCount == 0) {
            return false;
        }
        // satisfied / satisfactionCount - changed / asked >= gap / 100, multiplied out.
        return 100 * (satisfied * asked - changed * satisfactionCount) >= (long) gapPoints * satisfactionCount * asked;
    }

    void delivered(int sessions, int learners) {
        this.sessions = sessions;
        this.learners = learners;
    }

    void requests(EvaluationPurpose purpose, Respondent respondent, int requested, int answered) {
        if (purpose == EvaluationPurpose.END_OF_COURSE) {
            endRequested += requested;
            endAnswered += answered;
        } else if (respondent == Respondent.MANAGER) {
            managerRequested += requested;
            managerAnswered += answered;
        } else {
            learnerRequested += requested;
            learnerAnswered += answered;
        }
    }

    void scores(int satisfactionSum, int satisfactionCount, int satisfied, int relevanceSum, int relevanceCount) {
        this.satisfactionSum = satisfactionSum;
        this.satisfactionCount = satisfactionCount;
        this.satisfied = satisfied;
        this.relevanceSum = relevanceSum;
        this.relevanceCount = relevanceCount;
    }

    void practice(int learnersChanged, int learnersAsked, int managersChanged, int managersAsked) {
        this.learnersChanged = learnersChanged;
        this.learnersAsked = learnersAsked;
        this.managersChanged = managersChanged;
        this.managersAsked = managersAsked;
    }

    void outcome(OutcomeConfidence confidence) {
        outcomes.add(confidence);
    }

    void barrier(BarrierCount count) {
        barriers.add(count);
    }

    void finish(Instant at, int gapPoints, int minAnswers) {
        outcomes.sort(Comparator.comparingInt(OutcomeConfidence::getOutcome));
        barriers.sort(BY_MENTIONS);
        flagged = lowPracticeChange(satisfied, satisfactionCount, learnersChanged + managersChanged, learnersAsked + managersAsked,
                gapPoints, minAnswers);
        workedOutAt = at;
    }

    private static final Comparator<BarrierCount> BY_MENTIONS = Comparator.comparingInt(BarrierCount::getMentions).reversed()
            .thenComparing(BarrierCount::getBarrier);

    public CourseImpactKey getId() {
        return id;
    }

    public int getSessions() {
        return sessions;
    }

    public int getLearners() {
        return learners;
    }

    public int getEndRequested() {
        return endRequested;
    }

    public int getEndAnswered() {
        return endAnswered;
    }

    public int getLearnerRequested() {
        return learnerRequested;
    }

    public int getLearnerAnswered() {
        return learnerAnswered;
    }

    public int getManagerRequested() {
        return managerRequested;
    }

    public int getManagerAnswered() {
        return managerAnswered;
    }

    public int getSatisfactionCount() {
        return satisfactionCount;
    }

    public int getSatisfied() {
        return satisfied;
    }

    public int getRelevanceCount() {
        return relevanceCount;
    }

    public int getLearnersChanged() {
        return learnersChanged;
    }

    public int getLearnersAsked() {
        return learnersAsked;
    }

    public int getManagersChanged() {
        return managersChanged;
    }

    public int getManagersAsked() {
        return managersAsked;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Instant getWorkedOutAt() {
        return workedOutAt;
    }

    /** Each learning outcome's confidence, by the outcome's position. */
    public List<OutcomeConfidence> getOutcomes() {
        return List.copyOf(outcomes);
    }

    /** The barriers chosen, most often first. */
    public List<BarrierCount> getBarriers() {
        return barriers.stream().sorted(BY_MENTIONS).toList();
    }

    /** Up to three barriers chosen most often. */
    public List<BarrierCount> getTopBarriers() {
        return getBarriers().stream().limit(3).toList();
    }

    public BigDecimal getEndResponseRate() {
        return Indicators.percent(endAnswered, endRequested);
    }

    public BigDecimal getLearnerResponseRate() {
        return Indicators.percent(learnerAnswered, learnerRequested);
    }

    public BigDecimal getManagerResponseRate() {
        return Indicators.percent(managerAnswered, managerRequested);
    }

    public BigDecimal getMeanSatisfaction() {
        return Indicators.mean(satisfactionSum, satisfactionCount);
    }

    /** The share of end-of-course respondents who agreed or strongly agreed they were satisfied. */
    public BigDecimal getSatisfiedShare() {
        return Indicators.percent(satisfied, satisfactionCount);
    }

    public BigDecimal getMeanRelevance() {
        return Indicators.mean(relevanceSum, relevanceCount);
    }

    /** The mean change in confidence over all the outcomes' answers, now less before. */
    public BigDecimal getConfidenceChange() {
        return Indicators.mean(outcomes.stream().mapToLong(o -> o.getNowSum() - o.getBeforeSum()).sum(),
                outcomes.stream().mapToLong(OutcomeConfidence::getAnswers).sum());
    }

    public BigDecimal getLearnersChangedShare() {
        return Indicators.percent(learnersChanged, learnersAsked);
    }

    public BigDecimal getManagersChangedShare() {
        return Indicators.percent(managersChanged, managersAsked);
    }

    /** Learners' and managers' answers together: the share that said practice changed. */
    public BigDecimal getPracticeChangedShare() {
        return Indicators.percent(learnersChanged + managersChanged, learnersAsked + managersAsked);
    }
}
