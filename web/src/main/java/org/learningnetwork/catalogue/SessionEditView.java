package org.learningnetwork.catalogue;

import jakarta.faces.component.UIComponent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.DateAndTime;
import org.learningnetwork.platform.FormCheck;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * Creates a session of a course ({@code ?course=}) or edits one ({@code ?id=}); copies it to a new date
 * and cancels it with a reason. Each moment is a {@link DateAndTime} typed in the browser's date and time inputs; the
 * capacity is bound to the session itself. Every value is read by the form's converters ({@code ln.date}, {@code ln.time},
 * {@code ln.wholeNumber}, {@code ln.lines}), so an unreadable one is refused on its field before this runs.
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
    private static final String ONLINE = "online";
    private static final String TO_BE_CONFIRMED = "tbc";
    private static final String VENUE = "venue-";
    private static final String ROOM = "room-";
    /** The session's moments: checked on the fields a person types (a date, a time), not as the entity's instants. */
    private static final List<String> MOMENTS = List.of("startsAt", "endsAt", "bookingOpensAt", "bookingClosesAt");

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    @Inject
    private FormCheck formCheck;

    @Inject
    private Validator validator;

    private String id;
    private String courseId;
    private CourseSession session;
    private List<Venue> venues;

    private DateAndTime startsAt = new DateAndTime();
    private DateAndTime endsAt = new DateAndTime();
    private DateAndTime bookingOpensAt = new DateAndTime();
    private DateAndTime bookingClosesAt = new DateAndTime();
    private String place;
    private List<String> facilitators = List.of();

    private DateAndTime copyAt = new DateAndTime();
    private String cancellationReason;
    private boolean confirmingCancel;

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                session = courses.findSession(Long.parseLong(id));
                fillFromSession();
            } else {
                id = null;
                Course course = courses.find(Long.parseLong(courseId == null ? "" : courseId));
                session = new CourseSession(course, null, null, course.getDefaultCapacity(), null, null);
                startsAt.setTime(DEFAULT_START);
                endsAt.setTime(DEFAULT_START.plusMinutes(Math.min(course.getDurationMinutes(), 8 * 60)));
                bookingOpensAt.setDate(LocalDate.now(clock.withZone(Installation.zone())));
                place = course.getDeliveryMode() == DeliveryMode.IN_PERSON ? TO_BE_CONFIRMED : ONLINE;
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
            return;
        }
        venues = courses.venues();
        if (session.getVenue() != null && !venues.contains(session.getVenue())) {
            venues = new ArrayList<>(venues);
            venues.add(0, session.getVenue());
        }
    }

    private void fillFromSession() {
        startsAt = DateAndTime.of(session.getStartsAt());
        endsAt = DateAndTime.of(session.getEndsAt());
        bookingOpensAt = DateAndTime.of(session.getBookingOpensAt());
        bookingClosesAt = DateAndTime.of(session.getBookingClosesAt());
        place = switch (session.getPlace()) {
            case ONLINE -> ONLINE;
            case TO_BE_CONFIRMED -> TO_BE_CONFIRMED;
            case VENUE -> session.getRoom() == null ? VENUE + session.getVenue().getId() : ROOM + session.getRoom().getId();
        };
        facilitators = session.getFacilitators().stream().map(Person::getWorkEmail).toList();
    }

    /**
     * Saves the session; dates and numbers were read by the form's converters, each unreadable one refused on its field.
     * A moment left out or without its time is refused here with the session's other problems (its rules, its
     * constraints), since the service could not weigh the rest without it; otherwise the service checks everything.
     */
    public String save() {
        List<Problem> problems = momentProblems();
        if (!problems.isEmpty()) {
            problems.addAll(session.problems());
            problems.addAll(Constraints.problems(validator, session).stream()
                    .filter(p -> p.field() == null || !MOMENTS.contains(p.field())).toList());
            problems.forEach(problem -> messages.error(problem.field() == null ? null : FORM + ":" + problem.field(), problem.messageKey(),
                    problem.arguments().toArray()));
            return null;
        }
        Optional<CourseSession> saved = messages.attempt(FORM, () -> courses.saveSession(session, facilitators));
        if (saved.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("common.saved");
        return "/coordinator/session?faces-redirect=true&id=" + saved.get().getId();
    }

    /**
     * The form's {@code postValidate} listener: when a field could not be read, what saving would refuse as well (a
     * time left out, an end before the start, an empty capacity), so that every problem is told in one round.
     */
    public void alsoCheck(UIComponent form) {
        // The moments are checked here, on the field a person types (the date or the time), not the entity's instant.
        formCheck.check(form, session, "course place facilitators " + String.join(" ", MOMENTS), () -> {
            List<Problem> problems = momentProblems();
            problems.addAll(session.problems());
            return problems;
        });
    }

    /**
     * Puts the moments typed, and the place chosen, into the session, and returns what is wrong with them: a moment left
     * out, a date without its time, a place not offered. A session on one day needs no end date: it ends on the day it
     * starts.
     */
    private List<Problem> momentProblems() {
        if (endsAt.getDate() == null) {
            endsAt.setDate(startsAt.getDate());
        }
        List<Problem> problems = new ArrayList<>();
        if (startsAt.getDate() == null) {
            problems.add(new Problem("startsAt", "session.startsAt.required"));
        }
        if (startsAt.lacksTime()) {
            problems.add(new Problem("startsAtTime", "sessionAdmin.time.required"));
        }
        if (endsAt.lacksTime()) {
            problems.add(new Problem("endsAtTime", "sessionAdmin.time.required"));
        }
        if (bookingOpensAt.getDate() == null) {
            problems.add(new Problem("bookingOpensAt", "session.bookingOpensAt.required"));
        }
        if (bookingClosesAt.getDate() == null) {
            problems.add(new Problem("bookingClosesAt", "session.bookingClosesAt.required"));
        }
        if (!placeChosen()) {
            problems.add(new Problem("place", "session.venue.unknown"));
        }
        session.setStartsAt(startsAt.instant());
        session.setEndsAt(endsAt.instant());
        session.setBookingOpensAt(bookingOpensAt.instant(LocalTime.MIDNIGHT));
        session.setBookingClosesAt(bookingClosesAt.instant(END_OF_DAY));
        return problems;
    }

    public String copy() {
        Instant at = copyAt.instant(DateAndTime.of(session.getStartsAt()).getTime());
        Optional<CourseSession> copy = messages.attempt(COPY_FORM, () -> courses.copySession(session.getId(), at));
        if (copy.isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect("sessionAdmin.copied");
        return "/coordinator/session?faces-redirect=true&id=" + copy.get().getId();
    }

    /** Whether the page is asking to confirm cancelling the session, the reason given. */
    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    /** The first step: with a reason given, the page asks before anyone is told. */
    public String askToCancel() {
        if (org.learningnetwork.platform.Text.clean(cancellationReason) == null) {
            messages.error(CANCEL_FORM + ":cancellationReason", "session.cancellationReason.required");
            return null;
        }
        confirmingCancel = true;
        return null;
    }

    /** Back from the question: nothing changed. */
    public String keepSession() {
        confirmingCancel = false;
        return null;
    }

    public String cancelSession() {
        confirmingCancel = false;
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

    /**
     * Puts the place chosen into the session: online, in person with the venue to be confirmed, a venue as a whole or
     * one of its rooms. False when the choice is not one of those offered.
     */
    private boolean placeChosen() {
        if (ONLINE.equals(place)) {
            session.setOnline();
            return true;
        }
        if (TO_BE_CONFIRMED.equals(place) || place == null) {
            session.setVenue(null);
            return true;
        }
        for (Venue venue : venues) {
            if (place.equals(VENUE + venue.getId())) {
                session.setVenue(venue);
                return true;
            }
            for (VenueRoom room : venue.getRooms()) {
                if (place.equals(ROOM + room.getId())) {
                    session.setVenue(venue, room);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the session can be: online, in person with the venue to be confirmed, then each venue (with its town) as a
     * group of the venue as a whole and each of its rooms, with the number it seats. A retired venue or room stays on
     * offer to the session already there.
     */
    public List<SelectItem> getPlaceChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem(ONLINE, messages.text("sessionAdmin.place.online")));
        choices.add(new SelectItem(TO_BE_CONFIRMED, messages.text("sessionAdmin.place.toBeConfirmed")));
        for (Venue venue : venues) {
            List<SelectItem> options = new ArrayList<>();
            options.add(new SelectItem(VENUE + venue.getId(), messages.text("sessionAdmin.place.wholeVenue", venue.getName())));
            for (VenueRoom room : venue.getRooms()) {
                if (room.isActive() || room.equals(session.getRoom())) {
                    options.add(new SelectItem(ROOM + room.getId(),
                            messages.text("sessionAdmin.place.room", venue.getName(), room.getName(), room.getCapacity())));
                }
            }
            SelectItemGroup group = new SelectItemGroup(venue.getName() + ", " + venue.getTown());
            group.setSelectItems(options);
            choices.add(group);
        }
        return choices;
    }

    public DateAndTime getStartsAt() {
        return startsAt;
    }

    public DateAndTime getEndsAt() {
        return endsAt;
    }

    public DateAndTime getBookingOpensAt() {
        return bookingOpensAt;
    }

    public DateAndTime getBookingClosesAt() {
        return bookingClosesAt;
    }

    public DateAndTime getCopyAt() {
        return copyAt;
    }

    /** Where, as chosen on the form: {@code online}, {@code tbc}, {@code venue-<id>} or {@code room-<id>}. */
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The facilitators' work e-mail addresses, one per line ({@code ln.lines}). */
    public List<String> getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(List<String> facilitators) {
        this.facilitators = facilitators;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
