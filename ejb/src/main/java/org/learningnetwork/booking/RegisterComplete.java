package org.learningnetwork.booking;

/**
 * Every confirmed learner of a session has a mark on its register (fired in the transaction of the marks, each time
 * a register is saved complete): facilitating it counts as CPD for its facilitators.
 */
public record RegisterComplete(long sessionId) {
}
