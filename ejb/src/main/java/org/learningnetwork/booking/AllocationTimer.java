package org.learningnetwork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;

/**
 * Every five minutes, runs the allocation of note-of-interest sessions whose booking window has closed, for the
 * learning team to check and confirm. Each server instance runs it (not persistent); the session row lock and the
 * check for an existing allocation under it make a second run at the same moment find nothing left to do.
 */
@Stateless
@PermitAll
public class AllocationTimer {

    @EJB
    private AllocationService allocations;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "allocation at the close of notes of interest")
    void allocate() {
        allocations.allocateClosedSessions();
    }
}
