package org.learningnetwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a session is, in words, and the rules of its place: one venue's own room, seating every place offered. */
class SessionPlaceTest {

    private static final Instant START = Instant.parse("2027-03-01T10:00:00Z");

    private static CourseSession session(int places) {
        Course course = new Course("Neglect", "About neglect", DeliveryMode.IN_PERSON, 120, "Angus");
        return new CourseSession(course, START, START.plus(Duration.ofHours(2)), places, START.minus(Duration.ofDays(30)),
                START.minus(Duration.ofDays(2)));
    }

    private static List<String> problems(CourseSession session) {
        return session.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aSessionIsDescribedByItsRoomVenueAndAddressOnlineOrToBeConfirmed() {
        Venue venue = new Venue("Reid Hall", "Castle Street", "Forfar", "DD8 3AF");
        VenueRoom studio = new VenueRoom(venue, "Studio", 14);
        CourseSession session = session(12);
        assertEquals(Place.TO_BE_CONFIRMED, session.getPlace());
        assertEquals("To be confirmed", session.where("Online", "To be confirmed"));
        session.setVenue(venue, studio);
        assertEquals(Place.VENUE, session.getPlace());
        assertEquals("Studio, Reid Hall, Castle Street, Forfar DD8 3AF", session.where("Online", "To be confirmed"));
        assertEquals("Reid Hall, Forfar", session.whereBriefly("Online", "To be confirmed"));
        session.setVenue(new Venue("Town House", "High Street", "Arbroath", null));
        assertEquals("Town House, High Street, Arbroath", session.where("Online", "To be confirmed"));
        session.setOnline();
        assertEquals(Place.ONLINE, session.getPlace());
        assertEquals(null, session.getVenue());
        assertEquals("Online", session.whereBriefly("Online", "To be confirmed"));
        assertEquals(List.of(), problems(session));
    }

    @Test
    void aRoomSeatsEveryPlaceAndBelongsToTheSessionsVenue() {
        Venue venue = new Venue("Reid Hall", "Castle Street", "Forfar", null);
        VenueRoom studio = new VenueRoom(venue, "Studio", 14);
        CourseSession session = session(15);
        session.setVenue(venue, studio);
        assertEquals(List.of("capacity:session.capacity.room"), problems(session));
        assertEquals(List.of("Studio", "14"), session.problems().get(0).arguments());
        session.setCapacity(14);
        assertEquals(List.of(), problems(session));
        session.setVenue(new Venue("Other", "Road", "Town", null), studio);
        assertEquals(List.of("place:session.place.mixed"), problems(session));
    }
}
