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
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Creates a session of a course ({@code ?course=}) or edits one ({@code ?id=}); copies it to a new date
 * and cancels it with a reason. Dates and times are the council's, typed in the browser's date and time inputs and read
 * by the form's converters ({@code ln.date}, {@code ln.time}, {@code ln.wholeNumber}).
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionForm";
    static final String COPY_FORM = "copyForm";
    static final String CANCEL_FORM = "cancelForm";
    private static final LocalTime DEFAULT_START = LocalTime.of(9, 30);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

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

    private LocalDate startDate;
    private LocalTime startTime;
    private LocalDate endDate;
    private LocalTime endTime;
    private LocalDate bookingOpensDate;
    private LocalDate bookingClosesDate;
    private LocalTime bookingClosesTime;
    private Integer capacity;
    private Long venueId;
    private String facilitators;
    private SessionStatus status;

    private LocalDate copyDate;
    private LocalTime copyTime;
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
                capacity = course.getDefaultCapacity();
                startTime = DEFAULT_START;
                endTime = DEFAULT_START.plusMinutes(Math.min(course.getDurationMinutes(), 8 * 60));
                bookingOpensDate = LocalDate.now(clock.withZone(Installation.zone()));
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
        startDate = date(session.getStartsAt());
        startTime = time(session.getStartsAt());
        endDate = date(session.getEndsAt());
        endTime = time(session.getEndsAt());
        bookingOpensDate = date(session.getBookingOpensAt());
        bookingClosesDate = date(session.getBookingClosesAt());
        bookingClosesTime = time(session.getBookingClosesAt());
        capacity = session.getCapacity();
        venueId = session.getVenue() == null ? null : session.getVenue().getId();
        facilitators = String.join("\n", session.getFacilitators().stream().map(Person::getWorkEmail).toList());
        status = session.getStatus();
    }

    /** Saves the session; dates and numbers were read by the form's converters, each unreadable one refused on its field. */
    public String save() {
        // A session on one day needs no end date: it ends on the day it starts.
        LocalDate endsOn = endDate == null ? startDate : endDate;
        timeRequired(startDate, startTime, "startsAtTime");
        timeRequired(endsOn, endTime, "endsAtTime");
        if (capacity == null) {
            messages.error(FORM + ":capacity", "sessionAdmin.capacity.number");
        }
        if (messages.failed()) {
            return null;
        }
        Instant startsAt = FormDates.instant(startDate, startTime);
        Instant endsAt = FormDates.instant(endsOn, endTime);
        Instant opensAt = FormDates.instant(bookingOpensDate, LocalTime.MIDNIGHT);
        Instant closesAt = FormDates.instant(bookingClosesDate, bookingClosesTime == null ? END_OF_DAY : bookingClosesTime);
        int places = capacity;
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
        LocalTime at = copyTime != null ? copyTime : time(session.getStartsAt());
        Optional<CourseSession> copy = messages.attempt(COPY_FORM,
                () -> courses.copySession(session.getId(), FormDates.instant(copyDate, at)));
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

    /** A date given needs its time (the booking window's have defaults): refused on the time field otherwise. */
    private void timeRequired(LocalDate date, LocalTime time, String timeField) {
        if (date != null && time == null) {
            messages.error(FORM + ":" + timeField, "sessionAdmin.time.required");
        }
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(Installation.zone()).toLocalDate();
    }

    private static LocalTime time(Instant instant) {
        return instant == null ? null : instant.atZone(Installation.zone()).toLocalTime();
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public LocalDate getBookingOpensDate() {
        return bookingOpensDate;
    }

    public void setBookingOpensDate(LocalDate bookingOpensDate) {
        this.bookingOpensDate = bookingOpensDate;
    }

    public LocalDate getBookingClosesDate() {
        return bookingClosesDate;
    }

    public void setBookingClosesDate(LocalDate bookingClosesDate) {
        this.bookingClosesDate = bookingClosesDate;
    }

    public LocalTime getBookingClosesTime() {
        return bookingClosesTime;
    }

    public void setBookingClosesTime(LocalTime bookingClosesTime) {
        this.bookingClosesTime = bookingClosesTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
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

    public LocalDate getCopyDate() {
        return copyDate;
    }

    public void setCopyDate(LocalDate copyDate) {
        this.copyDate = copyDate;
    }

    public LocalTime getCopyTime() {
        return copyTime;
    }

    public void setCopyTime(LocalTime copyTime) {
        this.copyTime = copyTime;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
