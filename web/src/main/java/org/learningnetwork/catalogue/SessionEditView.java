package org.learningnetwork.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.FormDates;
import org.learningnetwork.platform.FormDates.Read;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Creates a session of a course ({@code ?course=}) or edits one ({@code ?id=}); copies it to a new date
 * and cancels it with a reason. Dates and times are UK time, typed in the browser's date and time inputs.
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionForm";
    static final String COPY_FORM = "copyForm";
    static final String CANCEL_FORM = "cancelForm";
    private static final LocalTime DEFAULT_START = LocalTime.of(9, 30);

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private String id;
    private String courseId;
    private CourseSession session;
    private List<Venue> venues;

    private String startDate;
    private String startTime;
    private String endDate;
    private String endTime;
    private String bookingOpensDate;
    private String bookingClosesDate;
    private String bookingClosesTime;
    private String capacity;
    private Long venueId;
    private String facilitators;
    private SessionStatus status;

    private String copyDate;
    private String copyTime;
    private String cancellationReason;

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                session = courses.findSession(Long.parseLong(id));
                fillFromSession();
            } else {
                id = null;
                Course course = courses.find(Long.parseLong(courseId == null ? "" : courseId));
                session = new CourseSession(course, null, null, course.getDefaultCapacity(), null, null);
                capacity = String.valueOf(course.getDefaultCapacity());
                startTime = DEFAULT_START.toString();
                endTime = DEFAULT_START.plusMinutes(Math.min(course.getDurationMinutes(), 8 * 60)).toString();
                bookingOpensDate = FormDates.date(clock.instant());
                status = SessionStatus.PLANNED;
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        venues = courses.venues();
        if (session.getVenue() != null && !venues.contains(session.getVenue())) {
            venues = new java.util.ArrayList<>(venues);
            venues.add(0, session.getVenue());
        }
    }

    private void fillFromSession() {
        startDate = FormDates.date(session.getStartsAt());
        startTime = FormDates.time(session.getStartsAt());
        endDate = FormDates.date(session.getEndsAt());
        endTime = FormDates.time(session.getEndsAt());
        bookingOpensDate = FormDates.date(session.getBookingOpensAt());
        bookingClosesDate = FormDates.date(session.getBookingClosesAt());
        bookingClosesTime = FormDates.time(session.getBookingClosesAt());
        capacity = String.valueOf(session.getCapacity());
        venueId = session.getVenue() == null ? null : session.getVenue().getId();
        facilitators = String.join("\n", session.getFacilitators().stream().map(Person::getWorkEmail).toList());
        status = session.getStatus();
    }

    public String save() {
        Instant startsAt = readInstant("startsAt", startDate, "startsAtTime", startTime);
        // A session on one day needs no end date: it ends on the day it starts.
        Instant endsAt = readInstant("endsAt", blank(endDate) ? startDate : endDate, "endsAtTime", endTime);
        Instant opensAt = readInstant("bookingOpensAt", bookingOpensDate, null, "00:00");
        Instant closesAt = readInstant("bookingClosesAt", bookingClosesDate, "bookingClosesAtTime",
                blank(bookingClosesTime) ? "23:59" : bookingClosesTime);
        Integer places = Numbers.wholeNumber(capacity);
        if (places == null) {
            messages.error(FORM + ":capacity", "sessionAdmin.capacity.number");
        }
        if (messages.failed()) {
            return null;
        }
        session.setStartsAt(startsAt);
        session.setEndsAt(endsAt);
        session.setBookingOpensAt(opensAt);
        session.setBookingClosesAt(closesAt);
        session.setCapacity(places);
        if (status != null && status.isSetByHand() && session.isChangeable()) {
            session.setStatus(status);
        }
        Optional<CourseSession> saved = messages.attempt(FORM, () -> courses.saveSession(session, venueId, Lines.of(facilitators)));
        if (saved.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("common.saved");
        return "/coordinator/session?faces-redirect=true&id=" + saved.get().getId();
    }

    public String copy() {
        Read<LocalDate> date = FormDates.date(copyDate);
        Read<LocalTime> time = FormDates.time(copyTime);
        if (!date.readable() || date.value() == null) {
            messages.error(COPY_FORM + ":copyDate", date.readable() ? "sessionAdmin.copyDate.required" : "sessionAdmin.date.invalid");
        }
        if (!time.readable()) {
            messages.error(COPY_FORM + ":copyTime", "sessionAdmin.time.invalid");
        }
        if (messages.failed()) {
            return null;
        }
        LocalTime at = time.value() != null ? time.value() : session.getStartsAt().atZone(Installation.zone()).toLocalTime();
        Optional<CourseSession> copy = messages.attempt(COPY_FORM,
                () -> courses.copySession(session.getId(), FormDates.instant(date.value(), at)));
        if (copy.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("sessionAdmin.copied");
        return "/coordinator/session?faces-redirect=true&id=" + copy.get().getId();
    }

    public String cancelSession() {
        if (messages.attempt(CANCEL_FORM, () -> {
            courses.cancelSession(session.getId(), cancellationReason);
            return session;
        }).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("sessionAdmin.cancelled");
        return "/coordinator/session?faces-redirect=true&id=" + session.getId();
    }

    /**
     * Reads a date field and a time field into an instant; an unreadable one gets a message on its input and
     * gives {@code null}, as does a missing one (the service then says it is required).
     */
    private Instant readInstant(String dateField, String dateText, String timeField, String timeText) {
        Read<LocalDate> date = FormDates.date(dateText);
        Read<LocalTime> time = FormDates.time(timeText);
        if (!date.readable()) {
            messages.error(FORM + ":" + dateField, "sessionAdmin.date.invalid");
        }
        if (!time.readable()) {
            messages.error(FORM + ":" + (timeField == null ? dateField : timeField), "sessionAdmin.time.invalid");
        } else if (time.value() == null && date.value() != null && timeField != null) {
            messages.error(FORM + ":" + timeField, "sessionAdmin.time.required");
        }
        return FormDates.instant(date.value(), time.value());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isNew() {
        return session == null || session.getId() == null;
    }

    public List<SessionStatus> getStatusChoices() {
        return Arrays.stream(SessionStatus.values()).filter(SessionStatus::isSetByHand).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public CourseSession getSession() {
        return session;
    }

    public List<Venue> getVenues() {
        return venues;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getBookingOpensDate() {
        return bookingOpensDate;
    }

    public void setBookingOpensDate(String bookingOpensDate) {
        this.bookingOpensDate = bookingOpensDate;
    }

    public String getBookingClosesDate() {
        return bookingClosesDate;
    }

    public void setBookingClosesDate(String bookingClosesDate) {
        this.bookingClosesDate = bookingClosesDate;
    }

    public String getBookingClosesTime() {
        return bookingClosesTime;
    }

    public void setBookingClosesTime(String bookingClosesTime) {
        this.bookingClosesTime = bookingClosesTime;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(String facilitators) {
        this.facilitators = facilitators;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public String getCopyDate() {
        return copyDate;
    }

    public void setCopyDate(String copyDate) {
        this.copyDate = copyDate;
    }

    public String getCopyTime() {
        return copyTime;
    }

    public void setCopyTime(String copyTime) {
        this.copyTime = copyTime;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
