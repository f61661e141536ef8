package org.learningnetwork.actionlearning;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * When a member's longitudinal questionnaires fall due: each of the set's checkpoints after the day they joined, once,
 * while a member (those who left are not followed further). One falls due on its day and stays due while a request
 * would still be open, so that a checkpoint missed for a day or two is caught up, but one long past (a member who
 * joined before the set asked at it) is not sent years late.
 */
public final class QuestionnaireRules {

    private QuestionnaireRules() {
    }

    /** The checkpoints due on {@code today} that were not asked yet ({@code asked}: their codes). */
    public static List<Checkpoint> due(LocalDate joinedOn, MemberStatus status, Collection<Checkpoint> checkpoints, Collection<String> asked,
            LocalDate today, Period openFor) {
        if (joinedOn == null || status != MemberStatus.MEMBER) {
            return List.of();
        }
        return checkpoints.stream().filter(c -> !asked.contains(c.code())).filter(c -> {
            LocalDate dueOn = joinedOn.plus(c.after());
            return !dueOn.isAfter(today) && today.isBefore(dueOn.plus(openFor));
        }).sorted().toList();
    }
}
