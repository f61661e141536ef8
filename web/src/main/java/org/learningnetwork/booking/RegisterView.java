package org.learningnetwork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * A session's register ({@code /facilitator/register.xhtml?session=}), taken on a tablet by a facilitator of
 * the session or by the learning team: one mark per confirmed learner, minutes for a part attendance.
 */
@Named
@RequestScoped
public class RegisterView {

    static final String FORM = "registerForm";

    @Inject
    private AttendanceService attendance;

    @Inject
    private Messages messages;

    private String sessionId;
    private boolean loaded;
    private CourseSession session;
    private List<Booking> register = List.of();
    private final Map<Long, String> marks = new HashMap<>();
    private final Map<Long, String> minutes = new HashMap<>();

    /** Loads the session and its confirmed learners (view action); unknown → not found, not allowed → refused. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (sessionId == null) {
            // A post from the register carries the session in a hidden field, read before view parameters are.
            sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("session");
        }
        if (sessionId == null && FacesContext.getCurrentInstance().isPostback()) {
            // Another form on the page (signing out) was sent: nothing of this page is needed.
            loaded = false;
            return;
        }
        try {
            long id = Long.parseLong(sessionId == null ? "" : sessionId.strip());
            session = attendance.session(id);
            register = attendance.register(id);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.respond();
            return;
        } catch (RejectedException e) {
            messages.rejected(FORM, e);
            return;
        }
        for (Booking booking : register) {
            if (booking.getAttendance() != null) {
                marks.put(booking.getId(), booking.getAttendance().name());
            }
            if (booking.getAttendedMinutes() != null) {
                minutes.put(booking.getId(), String.valueOf(booking.getAttendedMinutes()));
            }
        }
    }

    /**
     * Marks everyone without a mark as attended, on the form only: the facilitator then changes those who did not come
     * or came for part of it, and saves.
     */
    public String markEveryoneAttended() {
        for (Booking booking : register) {
            String mark = marks.get(booking.getId());
            if (mark == null || mark.isBlank()) {
                marks.put(booking.getId(), Attendance.ATTENDED.name());
            }
        }
        messages.notice("register.everyoneMarked");
        return null;
    }

    /** How many learners on the form have a mark. */
    public long getMarkedCount() {
        return register.stream().filter(b -> marks.get(b.getId()) != null && !marks.get(b.getId()).isBlank()).count();
    }

    /** Saves the marks; a part attendance needs its minutes as a whole number. */
    public String save() {
        List<AttendanceMark> lines = new ArrayList<>();
        boolean unreadable = false;
        for (int row = 0; row < register.size(); row++) {
            Booking booking = register.get(row);
            String mark = marks.get(booking.getId());
            Attendance given = mark == null || mark.isBlank() ? null : Attendance.valueOf(mark);
            Integer attended = null;
            String typed = minutes.get(booking.getId());
            if (given == Attendance.PARTIAL && typed != null && !typed.isBlank()) {
                try {
                    attended = Integer.valueOf(typed.strip());
                } catch (NumberFormatException e) {
                    messages.error(FORM + ":marks:" + row + ":minutes", "attendance.minutes.number");
                    unreadable = true;
                }
            }
            lines.add(new AttendanceMark(booking.getId(), given, attended));
        }
        if (unreadable) {
            return null;
        }
        long id = session.getId();
        if (messages.attempt(FORM, () -> {
            attendance.record(id, lines);
            return true;
        }).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("register.saved");
        return "/facilitator/register?faces-redirect=true&session=" + id;
    }

    /** The session; on a post from the register, loaded when the page first asks (before the view action would run). */
    public CourseSession getSession() {
        load();
        return session;
    }

    public List<Booking> getRegister() {
        load();
        return register;
    }

    public Map<Long, String> getMarks() {
        return marks;
    }

    public Map<Long, String> getMinutes() {
        return minutes;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
