package org.learningnetwork.strategy;

/**
 * Where a priority stands against its yearly target of sessions, from the sessions of its courses in the financial
 * year: those delivered and those still planned (not cancelled).
 *
 * @param target    sessions wanted in the year, or {@code null} for a priority without a number
 * @param delivered sessions delivered so far in the year
 * @param planned   sessions planned for the rest of the year
 */
public record TargetProgress(Integer target, long delivered, long planned) {

    /** How the priority stands. */
    public enum Status {
        /** No number is set: attendance and feedback are the measure. */
        NO_TARGET,
        /** Delivered as many as wanted. */
        MET,
        /** Not yet, but the sessions planned would meet it. */
        ON_TRACK,
        /** Even with every session planned, fewer than wanted: more need planning. */
        SHORT
    }

    public Status status() {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (delivered >= target) {
            return Status.MET;
        }
        return delivered + planned >= target ? Status.ON_TRACK : Status.SHORT;
    }

    /** Sessions still to plan for the target to be met: 0 when it is met or on track. */
    public long toPlan() {
        return target == null ? 0 : Math.max(0, target - delivered - planned);
    }
}
