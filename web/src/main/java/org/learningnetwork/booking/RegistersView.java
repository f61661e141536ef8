package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A facilitator's sessions, recent and coming, each with its register ({@code /facilitator/index.xhtml}). */
@Named
@RequestScoped
public class RegistersView {

    @Inject
    private AttendanceService attendance;

    private List<AttendanceService.RegisterProgress> sessions;

    /** The facilitator's sessions, each with how far its register is taken. */
    public List<AttendanceService.RegisterProgress> getSessions() {
        if (sessions == null) {
            sessions = attendance.myRegisters();
        }
        return sessions;
    }
}
