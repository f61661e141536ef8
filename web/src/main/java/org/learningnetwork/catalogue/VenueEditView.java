package org.learningnetwork.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;

/**
 * Adds a venue or changes one ({@code ?id=}): its address, access information and map link; its rooms, each with the
 * number it seats, added, changed ({@code &room=}), retired and brought back. An unknown venue or room is the not-found
 * page.
 */
@Named
@ViewScoped
public class VenueEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "venueForm";
    static final String ROOM_FORM = "roomForm";

    @Inject
    private VenueService venues;

    @Inject
    private Messages messages;

    private String id;
    private String roomId;
    private Venue venue;
    private VenueRoom room;
    private String roomName;
    private String roomCapacity;

    public void load() {
        try {
            if (id == null || id.isBlank()) {
                id = null;
                venue = new Venue();
                return;
            }
            venue = venues.find(Long.parseLong(id));
            if (roomId != null && !roomId.isBlank()) {
                long wanted = Long.parseLong(roomId);
                room = venue.getRooms().stream().filter(r -> r.getId() == wanted).findFirst()
                        .orElseThrow(() -> new NotFoundException("VenueRoom", wanted));
                roomName = room.getName();
                roomCapacity = Integer.toString(room.getCapacity());
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> venues.save(venue)).map(saved -> {
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/venue?faces-redirect=true&id=" + saved.getId();
        }).orElse(null);
    }

    /** Adds the room, or saves the one being changed; a number of seats that is not a whole number is refused with the rest. */
    public String saveRoom() {
        Integer seats = seats();
        boolean adding = room == null;
        return messages.attempt(ROOM_FORM, () -> adding ? venues.addRoom(venue.getId(), roomName, seats)
                : venues.changeRoom(room.getId(), roomName, seats)).map(saved -> {
                    messages.noticeAfterRedirect(adding ? "venueAdmin.roomAdded" : "common.saved");
                    return "/coordinator/venue?faces-redirect=true&id=" + venue.getId();
                }).orElse(null);
    }

    private Integer seats() {
        try {
            return roomCapacity == null || roomCapacity.isBlank() ? null : Integer.valueOf(roomCapacity.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String retire() {
        return change(() -> venues.retire(venue.getId()), "venueAdmin.retired");
    }

    public String reinstate() {
        return change(() -> venues.reinstate(venue.getId()), "venueAdmin.reinstated");
    }

    public String retireRoom(long roomToRetire) {
        return change(() -> venues.retireRoom(roomToRetire), "venueAdmin.roomRetired");
    }

    public String reinstateRoom(long roomToReinstate) {
        return change(() -> venues.reinstateRoom(roomToReinstate), "venueAdmin.roomReinstated");
    }

    private String change(Messages.Change<?> change, String notice) {
        if (messages.attempt(FORM, change).isEmpty()) {
            return null;
        }
        messages.noticeAfterRedirect(notice);
        return "/coordinator/venue?faces-redirect=true&id=" + venue.getId();
    }

    public boolean isNew() {
        return venue == null || venue.getId() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRoomId() {
        return roomId;
    }

    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }

    public Venue getVenue() {
        return venue;
    }

    /** The room being changed, or {@code null} while the room form adds one. */
    public VenueRoom getRoom() {
        return room;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public String getRoomCapacity() {
        return roomCapacity;
    }

    public void setRoomCapacity(String roomCapacity) {
        this.roomCapacity = roomCapacity;
    }
}
