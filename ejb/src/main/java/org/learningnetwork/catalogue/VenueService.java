package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.UniqueViolation;

/**
 * The venues where sessions are held and their rooms, kept by the learning team: added, changed, retired (no longer
 * offered for new sessions; the sessions already there keep them) and brought back. Every change is audited. Anyone may
 * read a venue, to find their way to a session.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class VenueService {

    /** Sessions not cancelled or delivered that start after {@code :now}, at {@code :venue} or in {@code :room}. */
    private static final List<SessionStatus> COMING = List.of(SessionStatus.DRAFT, SessionStatus.PLANNED, SessionStatus.OPEN,
            SessionStatus.CLOSED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** A venue in the list: its rooms still offered, and the sessions to come there. */
    public record Listing(Venue venue, int rooms, long sessionsToCome) {
    }

    /** Every venue by name, retired ones too when asked, with its rooms and sessions to come. */
    public List<Listing> list(boolean includeRetired) {
        List<Venue> venues = em.createQuery("select v from Venue v" + (includeRetired ? "" : " where v.active = true")
                + " order by v.name, v.id", Venue.class).getResultList();
        List<Listing> listings = new ArrayList<>();
        for (Venue venue : venues) {
            long coming = em.createQuery("select count(s) from CourseSession s where s.venue = :venue and s.status in :coming"
                            + " and s.startsAt > :now", Long.class).setParameter("venue", venue).setParameter("coming", COMING)
                    .setParameter("now", clock.instant()).getSingleResult();
            listings.add(new Listing(venue, venue.getActiveRooms().size(), coming));
        }
        return listings;
    }

    /**
     * The venue with its rooms, for anyone finding their way to a session there.
     *
     * @throws NotFoundException if there is none with that id
     */
    @PermitAll
    public Venue find(long id) throws NotFoundException {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw new NotFoundException("Venue", id);
        }
        venue.getRooms().size();
        return venue;
    }

    /** The published sessions still to start at the venue, soonest first: for its page. */
    @PermitAll
    public List<CourseSession> sessionsToCome(long venueId) {
        return em.createQuery("select s from CourseSession s join fetch s.course c where s.venue.id = :venue and s.status in :shown"
                        + " and c.retired = false and s.startsAt > :now order by s.startsAt, s.id", CourseSession.class)
                .setParameter("venue", venueId).setParameter("shown", List.of(SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.CLOSED))
                .setParameter("now", clock.instant()).setMaxResults(50).getResultList();
    }

    /**
     * Adds a venue, or saves one changed on a screen at the version it was read (a change made in the meantime fails
     * rather than being overwritten). Every problem is named at once; two venues cannot share a name.
     */
    @ChangesPublicContent
    public Venue save(@NotNull Venue venue) throws RejectedException, NotFoundException {
        if (venue.getId() != null && em.find(Venue.class, venue.getId()) == null) {
            throw new NotFoundException("Venue", venue.getId());
        }
        List<Problem> problems = new ArrayList<>();
        if (venue.getName() != null && nameTaken(venue)) {
            problems.add(new Problem("name", "venue.name.taken"));
        }
        boolean added = venue.getId() == null;
        Venue target = added ? venue : em.merge(venue);
        Venue saved = store(target, added ? null : target.getId(), problems, "name", "venue.name.taken");
        audit.record(added ? AuditAction.CREATED : AuditAction.CHANGED, "Venue", saved.getId(), null);
        saved.getRooms().size();
        return saved;
    }

    /** No longer offered for new sessions; the sessions already there keep it. */
    @ChangesPublicContent
    public Venue retire(long venueId) throws NotFoundException {
        return offer(venueId, false);
    }

    /** Offered again for new sessions. */
    @ChangesPublicContent
    public Venue reinstate(long venueId) throws NotFoundException {
        return offer(venueId, true);
    }

    private Venue offer(long venueId, boolean offered) throws NotFoundException {
        Venue venue = find(venueId);
        if (offered) {
            venue.reinstate();
        } else {
            venue.retire();
        }
        audit.record(AuditAction.CHANGED, "Venue", venueId, offered ? "reinstated" : "retired");
        return venue;
    }

    /** Adds a room to a venue; two rooms of a venue cannot share a name. */
    @ChangesPublicContent
    public VenueRoom addRoom(long venueId, String name, Integer capacity) throws RejectedException, NotFoundException {
        Venue venue = find(venueId);
        VenueRoom room = new VenueRoom(venue, name, capacity == null ? 0 : capacity);
        List<Problem> problems = new ArrayList<>();
        if (capacity == null) {
            problems.add(new Problem("capacity", "room.capacity.range"));
        }
        if (room.getName() != null && roomNameTaken(venue, room.getName(), null)) {
            problems.add(new Problem("name", "room.name.taken"));
        }
        VenueRoom saved = store(room, null, problems, "name", "room.name.taken");
        venue.getRooms().add(saved);
        audit.record(AuditAction.CREATED, "VenueRoom", saved.getId(), null);
        return saved;
    }

    /**
     * Renames a room or changes the number it seats. It cannot seat fewer than the places of a session still to come
     * there: those sessions would be promised more places than the room holds.
     */
    @ChangesPublicContent
    public VenueRoom changeRoom(long roomId, String name, Integer capacity) throws RejectedException, NotFoundException {
        VenueRoom room = room(roomId);
        em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        List<Problem> problems = new ArrayList<>();
        String cleaned = Text.clean(name);
        if (cleaned != null && roomNameTaken(room.getVenue(), cleaned, roomId)) {
            problems.add(new Problem("name", "room.name.taken"));
        }
        if (capacity == null) {
            problems.add(new Problem("capacity", "room.capacity.range"));
        } else {
            Integer most = em.createQuery("select max(s.capacity) from CourseSession s where s.room = :room and s.status in :coming"
                            + " and s.startsAt > :now", Integer.class).setParameter("room", room).setParameter("coming", COMING)
                    .setParameter("now", clock.instant()).getSingleResult();
            if (most != null && capacity < most) {
                problems.add(new Problem("capacity", "room.capacity.belowSessions", List.of(Integer.toString(most))));
            }
        }
        room.setName(name);
        room.setCapacity(capacity == null ? room.getCapacity() : capacity);
        VenueRoom saved = store(room, room.getId(), problems, "name", "room.name.taken");
        audit.record(AuditAction.CHANGED, "VenueRoom", roomId, null);
        return saved;
    }

    /** No longer offered for new sessions; the sessions already there keep it. */
    @ChangesPublicContent
    public VenueRoom retireRoom(long roomId) throws NotFoundException {
        return offerRoom(roomId, false);
    }

    /** Offered again for new sessions. */
    @ChangesPublicContent
    public VenueRoom reinstateRoom(long roomId) throws NotFoundException {
        return offerRoom(roomId, true);
    }

    private VenueRoom offerRoom(long roomId, boolean offered) throws NotFoundException {
        VenueRoom room = room(roomId);
        if (offered) {
            room.reinstate();
        } else {
            room.retire();
        }
        audit.record(AuditAction.CHANGED, "VenueRoom", roomId, offered ? "reinstated" : "retired");
        return room;
    }

    private VenueRoom room(long roomId) throws NotFoundException {
        VenueRoom room = em.find(VenueRoom.class, roomId);
        if (room == null) {
            throw new NotFoundException("VenueRoom", roomId);
        }
        return room;
    }

    private boolean nameTaken(Venue venue) {
        return em.createQuery("select count(v) from Venue v where lower(v.name) = :name and v.id <> :id", Long.class)
                .setParameter("name", venue.getName().toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", venue.getId() == null ? -1L : venue.getId()).getSingleResult() > 0;
    }

    private boolean roomNameTaken(Venue venue, String name, Long exceptId) {
        return em.createQuery("select count(r) from VenueRoom r where r.venue = :venue and lower(r.name) = :name and r.id <> :id",
                        Long.class).setParameter("venue", venue).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    /** Stores the entity, or names every problem; a unique name taken by another transaction meanwhile is one of them. */
    private <T> T store(T target, Long id, List<Problem> problems, String field, String takenKey) throws RejectedException {
        try {
            return Constraints.store(em, validator, target, id, problems);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new RejectedException(field, takenKey);
            }
            throw e;
        }
    }
}
