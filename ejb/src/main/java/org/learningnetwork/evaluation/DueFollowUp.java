package org.learningnetwork.evaluation;

import java.io.Serializable;

/** A booking whose follow-up ({@code followUp}, an ISO-8601 code) has fallen due: its learner and manager are to be asked. */
public record DueFollowUp(long bookingId, String followUp) implements Serializable {
}
