package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseService;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.Place;
import org.learningnetwork.catalogue.Venue;
import org.learningnetwork.catalogue.VenueRoom;
import org.learningnetwork.catalogue.VenueService;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;

/**
 * The learning team's venues and rooms, and where a session is: at a venue (in a room that seats its places), online, or
 * in person with the venue to be confirmed.
 */
@ExtendWith(ArquillianExtension.class)
class VenueServiceIT {

    private static final Instant START = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private VenueService venues;

    @Inject
    private CourseService courses;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Venue venue(String name) throws Exception {
        Venue venue = new Venue(name + " " + tag, "10 Castle Street", "Forfar", "DD8 3AF");
        return coordinator.call(() -> venues.save(venue));
    }

    private CourseSession session(int places) throws Exception {
        Course course = new Course("Venue test " + tag, "About", DeliveryMode.IN_PERSON, 180, "Angus");
        course.setCpdHours(new BigDecimal("3.0"));
        course.setOutcomes(List.of("Know the venue"));
        long group = referenceData.frameworks().get(0).getGroups().get(1).getId();
        Course saved = coordinator.call(() -> courses.save(course, Set.of("CHILD_PROTECTION"), Set.of(group), Set.of()));
        return new CourseSession(saved, START, START.plus(Duration.ofHours(3)), places, START.minus(Duration.ofDays(20)),
                START.minus(Duration.ofDays(2)));
    }

    private static List<String> keys(RejectedException e) {
        return e.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aVenueNamesEveryProblemAtOnceAndItsNameIsItsOwn() throws Exception {
        Venue blank = new Venue(" ", "", null, null);
        blank.setMapUrl("javascript:alert(1)");
        List<String> problems = keys(assertThrows(RejectedException.class, () -> coordinator.call(() -> venues.save(blank))));
        assertTrue(problems.containsAll(List.of("name:venue.name.required", "address:venue.address.required", "town:venue.town.required",
                "mapUrl:venue.mapUrl.address")), problems.toString());
        assertEquals(null, blank.getId());

        Venue first = venue("Castle Hall");
        Venue again = new Venue("castle hall " + tag, "Elsewhere", "Brechin", null);
        assertEquals(List.of("name:venue.name.taken"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> venues.save(again)))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> venues.save(new Venue("Mine", "1 Road", "Town", null))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> venues.addRoom(first.getId(), "Mine", 4)));
        // Anyone may read it, to find their way there.
        assertEquals(first.getName(), learner.call(() -> venues.find(first.getId())).getName());
    }

    @Test
    void aSessionInARoomOffersNoMorePlacesThanItSeats() throws Exception {
        Venue hall = venue("Reid Hall");
        VenueRoom small = coordinator.call(() -> venues.addRoom(hall.getId(), "Small room", 12));
        assertEquals(List.of("name:room.name.taken"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> venues.addRoom(hall.getId(), "small ROOM", 30)))));
        List<String> bad = keys(assertThrows(RejectedException.class, () -> coordinator.call(() -> venues.addRoom(hall.getId(), "", null))));
        assertTrue(bad.containsAll(List.of("name:room.name.required", "capacity:room.capacity.range")), bad.toString());

        CourseSession tooMany = session(20);
        tooMany.setVenue(hall, small);
        RejectedException refused = assertThrows(RejectedException.class, () -> coordinator.call(() -> courses.saveSession(tooMany, Set.of())));
        assertEquals(List.of("capacity:session.capacity.room"), keys(refused));
        assertEquals(List.of("Small room", "12"), refused.getProblems().get(0).arguments());

        CourseSession fits = session(10);
        fits.setVenue(hall, small);
        CourseSession saved = coordinator.call(() -> courses.saveSession(fits, Set.of()));
        assertEquals(Place.VENUE, saved.getPlace());
        assertEquals("Small room, Reid Hall " + tag + ", 10 Castle Street, Forfar DD8 3AF", saved.where("Online", "To be confirmed"));

        // The room cannot then shrink below the session's places; it can be renamed.
        assertEquals(List.of("capacity:room.capacity.belowSessions"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> venues.changeRoom(small.getId(), "Small room", 8)))));
        assertEquals("Garden room", coordinator.call(() -> venues.changeRoom(small.getId(), "Garden room", 10)).getName());

        // Retired, it is offered no more; the session there keeps it.
        coordinator.call(() -> venues.retireRoom(small.getId()));
        Venue read = coordinator.call(() -> venues.find(hall.getId()));
        assertTrue(read.getActiveRooms().isEmpty());
        assertEquals("Garden room", coordinator.call(() -> courses.findSession(saved.getId())).getRoom().getName());
    }

    @Test
    void aSessionIsAtOneVenueInOneOfItsOwnRoomsOnlineOrToBeConfirmed() throws Exception {
        Venue one = venue("North Hall");
        Venue other = venue("South Hall");
        VenueRoom otherRoom = coordinator.call(() -> venues.addRoom(other.getId(), "Annexe", 40));
        CourseSession mixed = session(10);
        mixed.setVenue(one, otherRoom);
        assertEquals(List.of("place:session.place.mixed"), keys(assertThrows(RejectedException.class,
                () -> coordinator.call(() -> courses.saveSession(mixed, Set.of())))));

        CourseSession unknown = session(10);
        // A venue as a form would send it back after someone else's database lost it: only its id is ours.
        unknown.setVenue(new Venue("Nowhere", "1 Road", "Town", null) {
            @Override
            public Long getId() {
                return Long.MAX_VALUE;
            }
        });
        assertTrue(keys(assertThrows(RejectedException.class, () -> coordinator.call(() -> courses.saveSession(unknown, Set.of()))))
                .contains("place:session.venue.unknown"));

        CourseSession notYet = coordinator.call(() -> courses.saveSession(session(10), Set.of()));
        assertEquals(Place.TO_BE_CONFIRMED, notYet.getPlace());
        assertEquals("To be confirmed", notYet.where("Online", "To be confirmed"));
        CourseSession online = session(10);
        online.setOnline();
        CourseSession savedOnline = coordinator.call(() -> courses.saveSession(online, Set.of()));
        assertEquals(Place.ONLINE, savedOnline.getPlace());
        assertEquals(Place.ONLINE, coordinator.call(() -> courses.findSession(savedOnline.getId())).getPlace());

        coordinator.call(() -> venues.retire(one.getId()));
        assertFalse(coordinator.call(() -> courses.venues()).stream().anyMatch(v -> v.getId().equals(one.getId())));
        assertTrue(coordinator.call(() -> venues.list(true)).stream().anyMatch(l -> l.venue().getId().equals(one.getId())));
        assertFalse(coordinator.call(() -> venues.list(false)).stream().anyMatch(l -> l.venue().getId().equals(one.getId())));
    }
}
