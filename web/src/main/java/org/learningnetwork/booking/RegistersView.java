package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.learningnetwork.catalogue.CourseSession;

/** A facilitator's sessions, recent and coming, each with its register ({@code /facilitator/index.xhtml}). */
@Named
@RequestScoped
public class RegistersView {

    @Inject
    private AttendanceService attendance;

    private List<CourseSession> sessions;

    public List<CourseSession> getSessions() {
        if (sessions == null) {
            sessions = attendance.mySessions();
        }
        return sessions;
    }
}
