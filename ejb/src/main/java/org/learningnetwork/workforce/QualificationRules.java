package org.learningnetwork.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * What a record of a qualification held must say, beyond its fields' own limits: working towards one needs the date
 * it is expected to complete (the planning report counts future qualifiers by it), not before it started; an achieved
 * one needs its date, not in the future; prior learning credit is not awarded in the future.
 */
public final class QualificationRules {

    private QualificationRules() {
    }

    /** The problems with a qualification held, as of {@code today}; none when it may be saved. */
    public static List<Problem> problems(PersonQualification held, boolean qualificationOffered, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (held.getQualification() != null && !qualificationOffered && held.getStatus() == QualificationStatus.IN_PROGRESS) {
            problems.add(new Problem("qualification", "personQualification.qualification.retired"));
        }
        if (held.getStatus() == QualificationStatus.IN_PROGRESS) {
            if (held.getExpectedOn() == null) {
                problems.add(new Problem("expectedOn", "personQualification.expectedOn.required"));
            } else if (held.getStartedOn() != null && held.getExpectedOn().isBefore(held.getStartedOn())) {
                problems.add(new Problem("expectedOn", "personQualification.expectedOn.afterStart"));
            }
        }
        if (held.getStartedOn() != null && held.getStartedOn().isAfter(today.plusYears(1))) {
            problems.add(new Problem("startedOn", "personQualification.startedOn.tooLate"));
        }
        if (held.getStatus() == QualificationStatus.ACHIEVED) {
            if (held.getAchievedOn() == null) {
                problems.add(new Problem("achievedOn", "personQualification.achievedOn.required"));
            } else if (held.getAchievedOn().isAfter(today)) {
                problems.add(new Problem("achievedOn", "personQualification.achievedOn.future"));
            } else if (held.getStartedOn() != null && held.getAchievedOn().isBefore(held.getStartedOn())) {
                problems.add(new Problem("achievedOn", "personQualification.achievedOn.afterStart"));
            }
        }
        return problems;
    }

    /** The problems with an award of credit for prior learning, as of {@code today}. */
    public static List<Problem> problems(PriorLearningCredit credit, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (credit.getAwardedOn() != null && credit.getAwardedOn().isAfter(today)) {
            problems.add(new Problem("awardedOn", "credit.awardedOn.future"));
        }
        return problems;
    }
}
