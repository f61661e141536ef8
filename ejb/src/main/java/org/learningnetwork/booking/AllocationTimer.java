package org.learningnetwork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.learningnetwork.platform.Leases;

/**
 * Every five minutes, runs the allocation of note-of-interest sessions whose booking window has closed, for the
 * learning team to check and confirm, on one server instance at a time (the session row lock and the check for an
 * existing allocation under it would also make a second run at the same moment find nothing left to do).
 */
@Stateless
@PermitAll
public class AllocationTimer {

    /** The work name of the allocation's lease. */
    public static final String WORK = "allocation";

    @EJB
    private AllocationService allocations;

    @EJB
    private Leases leases;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "allocation at the close of notes of interest")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void allocate() {
        leases.alone(WORK, () -> {
            allocations.allocateClosedSessions();
            return null;
        });
    }
}
