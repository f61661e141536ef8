package org.learningnetwork.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a registration stands: whether each condition (a qualification by a date) is met, on track, late, not started
 * or overdue; the learning counted towards the next renewal against what the register part expects; and which alert,
 * if any, is due 6, 3 or 1 months before a renewal or condition falls due.
 */
public final class RegistrationRules {

    /** How many months ahead alerts go, furthest first. */
    public static final List<Integer> ALERT_MONTHS = List.of(6, 3, 1);

    /** How near a renewal is, in months, when learning short of what is expected puts the registration at risk. */
    static final int RENEWAL_WARNING_MONTHS = 6;

    private RegistrationRules() {
    }

    /** Where a condition stands. */
    public enum ConditionState {
        /** The qualification is achieved. */
        MET,
        /** Working towards it, expected to complete by the date. */
        ON_TRACK,
        /** Working towards it, but expected to complete after the date. */
        LATE,
        /** Not being worked towards. */
        NOT_STARTED,
        /** The date has passed without it. */
        OVERDUE;

        /** Whether the registration is at risk for it. */
        public boolean atRisk() {
            return this == LATE || this == NOT_STARTED || this == OVERDUE;
        }
    }

    /** A qualification the person holds or works towards, as the rules need it. */
    public record Held(String qualificationCode, QualificationStatus status, LocalDate expectedOn) {
    }

    /** Where the condition to obtain {@code code} by {@code dueOn} stands on {@code today}, given what the person holds. */
    public static ConditionState condition(String code, LocalDate dueOn, List<Held> held, LocalDate today) {
        if (held.stream().anyMatch(h -> h.qualificationCode().equals(code) && h.status() == QualificationStatus.ACHIEVED)) {
            return ConditionState.MET;
        }
        if (today.isAfter(dueOn)) {
            return ConditionState.OVERDUE;
        }
        Optional<Held> working = held.stream()
                .filter(h -> h.qualificationCode().equals(code) && h.status() == QualificationStatus.IN_PROGRESS).findFirst();
        if (working.isEmpty()) {
            return ConditionState.NOT_STARTED;
        }
        LocalDate expected = working.get().expectedOn();
        return expected != null && !expected.isAfter(dueOn) ? ConditionState.ON_TRACK : ConditionState.LATE;
    }

    /**
     * The first day of learning counted towards the renewal due on {@code renewalDueOn}: a renewal period before it, but
     * never before the person registered.
     */
    public static LocalDate countedFrom(LocalDate renewalDueOn, int renewalMonths, LocalDate registeredOn) {
        LocalDate start = renewalDueOn.minusMonths(renewalMonths);
        return start.isBefore(registeredOn) ? registeredOn : start;
    }

    /** Whether the learning done is short of what is expected with the renewal near (within six months, or passed). */
    public static boolean learningShort(BigDecimal expected, BigDecimal done, LocalDate renewalDueOn, LocalDate today) {
        return done.compareTo(expected) < 0 && !today.isBefore(renewalDueOn.minusMonths(RENEWAL_WARNING_MONTHS));
    }

    /**
     * The alert due on {@code today} before something falling due on {@code dueOn}, given the alerts already sent
     * ({@code sent}, months ahead): the nearest of 6, 3 and 1 months that has been reached and not yet sent. An instance
     * that was down when a threshold was reached sends only the nearest, not every one it missed.
     */
    public static Optional<Integer> alertDue(LocalDate dueOn, LocalDate today, Set<Integer> sent) {
        if (!today.isBefore(dueOn)) {
            return Optional.empty();
        }
        Integer reached = null;
        for (int months : ALERT_MONTHS) {
            if (!today.isBefore(dueOn.minusMonths(months))) {
                reached = months;
            }
        }
        if (reached == null) {
            return Optional.empty();
        }
        int nearest = reached;
        return sent.stream().anyMatch(m -> m <= nearest) ? Optional.empty() : Optional.of(nearest);
    }
}
