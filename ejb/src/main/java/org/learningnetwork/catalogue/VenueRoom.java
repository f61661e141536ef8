package org.learningnetwork.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.learningnetwork.platform.Text;

/** A room of a venue, and how many people it seats: a session there can have no more places. */
@Entity
@Table(name = "venue_room")
public class VenueRoom {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_room_seq")
    @SequenceGenerator(name = "venue_room_seq", sequenceName = "venue_room_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @NotBlank(message = "{room.name.required}")
    @Size(max = 100, message = "{room.name.size}")
    private String name;

    @Min(value = 1, message = "{room.capacity.range}")
    @Max(value = 1000, message = "{room.capacity.range}")
    private int capacity;

    private boolean active = true;

    protected VenueRoom() {
    }

    public VenueRoom(Venue venue, String name, int capacity) {
        this.venue = venue;
        this.name = Text.clean(name);
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isActive() {
        return active;
    }

    /** No longer offered for new sessions; sessions already there keep it. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VenueRoom room && id != null && id.equals(room.id);
    }

    @Override
    public int hashCode() {
        return VenueRoom.class.hashCode();
    }
}
