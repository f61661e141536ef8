package org.learningnetwork.actionlearning;

import java.time.LocalDate;

/**
 * Whether a facilitator is trained, and how much they have facilitated since: trained when they completed a course
 * that trains facilitators (the three-day facilitation course); seed 001 asks each to take part in at least four
 * meetings of sets after it.
 */
public final class FacilitatorRules {

    /** The meetings a trained facilitator is expected to have facilitated since their training. */
    public static final int EXPECTED_MEETINGS = 4;

    private FacilitatorRules() {
    }

    /**
     * A facilitator's standing: when they completed the facilitation course (null: not trained), and the sets and the
     * meetings held (not cancelled, already begun) they facilitated since.
     */
    public record Standing(LocalDate trainedOn, long setsSince, long meetingsSince) {

        public boolean isTrained() {
            return trainedOn != null;
        }

        /** Trained, and facilitated at least the meetings the programme expects since. */
        public boolean isEstablished() {
            return trainedOn != null && meetingsSince >= EXPECTED_MEETINGS;
        }

        /** The meetings still to facilitate to meet the programme's expectation (0 once met; all of them if untrained). */
        public long meetingsToGo() {
            return Math.max(0, EXPECTED_MEETINGS - (trainedOn == null ? 0 : meetingsSince));
        }
    }
}
