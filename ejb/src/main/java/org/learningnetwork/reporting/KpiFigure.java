package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import org.learningnetwork.figures.Indicators;

/**
 * The counts and sums of one quarter, committee and breakdown, as the quarterly KPI job stored them, and the
 * indicators computed from them ({@link Indicators}: none where there is nothing to divide by). What is counted:
 * <ul>
 *   <li>sessions delivered — sessions of the committee's strands starting in the quarter, not cancelled, ended; their
 *       places (capacity) are the places offered (neither is broken down by agency or workforce group);</li>
 *   <li>bookings — confirmed places on those sessions; of them attended, attended in part, did not attend;</li>
 *   <li>late cancellations; unmet demand — people still on the sessions' waiting lists (including notes of interest
 *       not placed by an allocation);</li>
 *   <li>unique learners and agencies — who attended at least in part; training hours — the CPD hours recorded (of the
 *       sessions, and of self-guided learning done in the quarter); self-guided learning done — each record of it;
 *       cost — the course's cost per place for each learner who attended at least in part;</li>
 *   <li>evaluations requested and answered at the end of the sessions (and of self-guided learning done in the
 *       quarter); satisfaction and confidence change (now less
 *       before, per learning outcome) from the answers; changed practice as learners and line managers said at the
 *       follow-ups answered in the quarter;</li>
 *   <li>pathway compliance — for the people holding role profiles given by the quarter's end (active, when the figures
 *       are worked out), each requirement of theirs that accepts a course of the committee's strands, and whether it
 *       was up to date on the quarter's last day (met or due soon, not overdue or never done); and how many people
 *       that is about.</li>
 * </ul>
 */
@Entity
@Table(name = "kpi_figure")
public class KpiFigure implements Serializable {

    private static final long serialVersionUID = 1L;

    @EmbeddedId
    private KpiFigureKey id;

    @Column(name = "sessions_delivered")
    private Integer sessionsDelivered;
    @Column(name = "places_offered")
    private Integer placesOffered;
    private int bookings;
    private int attended;
    @Column(name = "attended_partly")
    private int attendedPartly;
    @Column(name = "did_not_attend")
    private int didNotAttend;
    @Column(name = "late_cancellations")
    private int lateCancellations;
    private int waitlisted;
    @Column(name = "unique_learners")
    private int uniqueLearners;
    @Column(name = "unique_agencies")
    private int uniqueAgencies;
    @Column(name = "training_hours")
    private BigDecimal trainingHours = BigDecimal.ZERO;
    @Column(name = "cost_pence")
    private long costPence;
    @Column(name = "evaluations_requested")
    private int evaluationsRequested;
    @Column(name = "evaluations_answered")
    private int evaluationsAnswered;
    @Column(name = "satisfaction_sum")
    private int satisfactionSum;
    @Column(name = "satisfaction_count")
    private int satisfactionCount;
    @Column(name = "confidence_change_sum")
    private int confidenceChangeSum;
    @Column(name = "confidence_count")
    private int confidenceCount;
    @Column(name = "learners_changed")
    private int learnersChanged;
    @Column(name = "learners_asked")
    private int learnersAsked;
    @Column(name = "managers_changed")
    private int managersChanged;
    @Column(name = "managers_asked")
    private int managersAsked;
    @Column(name = "pathway_people")
    private int pathwayPeople;
    @Column(name = "pathway_required")
    private int pathwayRequired;
    @Column(name = "pathway_met")
    private int pathwayMet;
    @Column(name = "self_guided")
    private int selfGuided;

    /** What the row is about, in words, when it has been looked up (not stored). */
    @jakarta.persistence.Transient
    private String name;

    /** The indicators withheld from this row to protect a small number in another row of its breakdown (not stored). */
    @jakarta.persistence.Transient
    private java.util.Set<String> withheld;

    protected KpiFigure() {
    }

    void named(String name) {
        this.name = name;
    }

    /** Withholds an indicator of this row (see {@link SmallNumbers#secondary}). */
    void withhold(String indicator) {
        if (withheld == null) {
            withheld = new java.util.HashSet<>();
        }
        withheld.add(indicator);
    }

    /** Whether an indicator of this row is withheld to protect a small number in another row. */
    public boolean isWithheld(String indicator) {
        return withheld != null && withheld.contains(indicator);
    }

    public int getSatisfactionCount() {
        return satisfactionCount;
    }

    public int getConfidenceCount() {
        return confidenceCount;
    }

    public int getLearnersAsked() {
        return learnersAsked;
    }

    public int getManagersAsked() {
        return managersAsked;
    }

    /** What the row is about: the committee, a strand, an agency or a workforce group (its key if not looked up). */
    public String getName() {
        return name == null ? id.getKey() : name;
    }

    public KpiFigure(KpiFigureKey id) {
        this.id = id;
    }

    /** Adds sessions delivered and their places (from none to some). */
    void addSessions(int delivered, int places) {
        this.sessionsDelivered = (sessionsDelivered == null ? 0 : sessionsDelivered) + delivered;
        this.placesOffered = (placesOffered == null ? 0 : placesOffered) + places;
    }

    void addBookings(int bookings, int attended, int attendedPartly, int didNotAttend, int lateCancellations, int waitlisted,
            long costPence) {
        this.bookings += bookings;
        this.attended += attended;
        this.attendedPartly += attendedPartly;
        this.didNotAttend += didNotAttend;
        this.lateCancellations += lateCancellations;
        this.waitlisted += waitlisted;
        this.costPence += costPence;
    }

    /** Sets how many people and agencies the learning reached (counted once each, so not added up). */
    void reached(int uniqueLearners, int uniqueAgencies) {
        this.uniqueLearners = uniqueLearners;
        this.uniqueAgencies = uniqueAgencies;
    }

    void addTrainingHours(BigDecimal hours) {
        this.trainingHours = hours == null ? trainingHours : trainingHours.add(hours);
    }

    /** Adds self-guided learning done (records of e-learning, briefings, films, podcasts, reading). */
    void addSelfGuided(int done) {
        this.selfGuided += done;
    }

    void addEvaluations(int requested, int answered) {
        this.evaluationsRequested += requested;
        this.evaluationsAnswered += answered;
    }

    void addAnswers(int satisfactionSum, int satisfactionCount, int confidenceChangeSum, int confidenceCount, int learnersChanged,
            int learnersAsked, int managersChanged, int managersAsked) {
        this.satisfactionSum += satisfactionSum;
        this.satisfactionCount += satisfactionCount;
        this.confidenceChangeSum += confidenceChangeSum;
        this.confidenceCount += confidenceCount;
        this.learnersChanged += learnersChanged;
        this.learnersAsked += learnersAsked;
        this.managersChanged += managersChanged;
        this.managersAsked += managersAsked;
    }

    /** Adds a requirement of a person's, up to date or not. */
    void addPathway(boolean met) {
        pathwayRequired++;
        pathwayMet += met ? 1 : 0;
    }

    /** Sets how many people the pathway figures are about (counted once each, so not added up). */
    void pathwayPeople(int people) {
        this.pathwayPeople = people;
    }

    /** Takes the figures of {@code part} from {@code other}, leaving the rest as they are. */
    void take(KpiPart part, KpiFigure other) {
        switch (part) {
            case SESSIONS -> {
                this.sessionsDelivered = other.sessionsDelivered;
                this.placesOffered = other.placesOffered;
            }
            case BOOKINGS -> {
                this.bookings = other.bookings;
                this.attended = other.attended;
                this.attendedPartly = other.attendedPartly;
                this.didNotAttend = other.didNotAttend;
                this.lateCancellations = other.lateCancellations;
                this.waitlisted = other.waitlisted;
                this.costPence = other.costPence;
                this.uniqueLearners = other.uniqueLearners;
                this.uniqueAgencies = other.uniqueAgencies;
            }
            case HOURS -> {
                this.trainingHours = other.trainingHours;
                this.selfGuided = other.selfGuided;
            }
            case EVALUATIONS -> {
                this.evaluationsRequested = other.evaluationsRequested;
                this.evaluationsAnswered = other.evaluationsAnswered;
            }
            case ANSWERS -> {
                this.satisfactionSum = other.satisfactionSum;
                this.satisfactionCount = other.satisfactionCount;
                this.confidenceChangeSum = other.confidenceChangeSum;
                this.confidenceCount = other.confidenceCount;
                this.learnersChanged = other.learnersChanged;
                this.learnersAsked = other.learnersAsked;
                this.managersChanged = other.managersChanged;
                this.managersAsked = other.managersAsked;
            }
            case PATHWAYS -> {
                this.pathwayPeople = other.pathwayPeople;
                this.pathwayRequired = other.pathwayRequired;
                this.pathwayMet = other.pathwayMet;
            }
        }
    }

    /** Requirements of people's role profiles up to date on the quarter's last day, as a percentage of all of them. */
    public BigDecimal getPathwayCompliance() {
        return Indicators.percent(pathwayMet, pathwayRequired);
    }

    public int getPathwayPeople() {
        return pathwayPeople;
    }

    public int getPathwayRequired() {
        return pathwayRequired;
    }

    public int getPathwayMet() {
        return pathwayMet;
    }

    /** Confirmed places as a percentage of the places offered. */
    public BigDecimal getFillRate() {
        return placesOffered == null ? null : Indicators.percent(bookings, placesOffered);
    }

    /** Learners who attended, fully or in part, as a percentage of the confirmed places. */
    public BigDecimal getAttendanceRate() {
        return Indicators.percent((long) attended + attendedPartly, bookings);
    }

    /** Learners who did not attend as a percentage of the confirmed places. */
    public BigDecimal getDidNotAttendRate() {
        return Indicators.percent(didNotAttend, bookings);
    }

    /** Unmet demand: people left waiting. */
    public int getUnmetDemand() {
        return waitlisted;
    }

    /** The cost of the places attended, per unique learner, in pounds. */
    public BigDecimal getCostPerLearner() {
        return Indicators.poundsEach(costPence, uniqueLearners);
    }

    /** End-of-course evaluations answered as a percentage of those requested. */
    public BigDecimal getResponseRate() {
        return Indicators.percent(evaluationsAnswered, evaluationsRequested);
    }

    /** Mean satisfaction, 1 (strongly disagree) to 5 (strongly agree). */
    public BigDecimal getMeanSatisfaction() {
        return Indicators.mean(satisfactionSum, satisfactionCount);
    }

    /** Mean change in confidence per learning outcome, now less before (-4 to 4). */
    public BigDecimal getConfidenceChange() {
        return Indicators.mean(confidenceChangeSum, confidenceCount);
    }

    /** Learners who said the learning changed their practice, as a percentage of those who answered. */
    public BigDecimal getLearnersPracticeChanged() {
        return Indicators.percent(learnersChanged, learnersAsked);
    }

    /** Line managers who saw a change in practice, as a percentage of those who answered. */
    public BigDecimal getManagersPracticeChanged() {
        return Indicators.percent(managersChanged, managersAsked);
    }

    public KpiFigureKey getId() {
        return id;
    }

    public Integer getSessionsDelivered() {
        return sessionsDelivered;
    }

    public Integer getPlacesOffered() {
        return placesOffered;
    }

    public int getBookings() {
        return bookings;
    }

    public int getAttended() {
        return attended;
    }

    public int getAttendedPartly() {
        return attendedPartly;
    }

    public int getDidNotAttend() {
        return didNotAttend;
    }

    public int getLateCancellations() {
        return lateCancellations;
    }

    public int getWaitlisted() {
        return waitlisted;
    }

    public int getUniqueLearners() {
        return uniqueLearners;
    }

    public int getUniqueAgencies() {
        return uniqueAgencies;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    /** Self-guided learning done in the quarter: each time a person marked a resource of the committee's courses done. */
    public int getSelfGuided() {
        return selfGuided;
    }

    public long getCostPence() {
        return costPence;
    }

    public int getEvaluationsRequested() {
        return evaluationsRequested;
    }

    public int getEvaluationsAnswered() {
        return evaluationsAnswered;
    }
}
