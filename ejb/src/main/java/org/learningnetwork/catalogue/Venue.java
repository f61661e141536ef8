package org.learningnetwork.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.Text;

/**
 * A place where in-person sessions are held: its address, what a visitor needs to know about access, a link to a map,
 * and its rooms with the number each seats.
 */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{venue.name.required}")
    @Size(max = 200, message = "{venue.name.size}")
    private String name;

    @NotBlank(message = "{venue.address.required}")
    @Size(max = 300, message = "{venue.address.size}")
    private String address;

    @NotBlank(message = "{venue.town.required}")
    @Size(max = 100, message = "{venue.town.size}")
    private String town;

    @Size(max = 10, message = "{venue.postcode.size}")
    private String postcode;

    @Size(max = 1000, message = "{venue.accessNotes.size}")
    @Column(name = "access_notes")
    private String accessNotes;

    @Size(max = 500, message = "{venue.mapUrl.size}")
    @Pattern(regexp = "https?://\\S+", message = "{venue.mapUrl.address}")
    @Column(name = "map_url")
    private String mapUrl;

    private boolean active = true;

    @OneToMany(mappedBy = "venue")
    @OrderBy("name")
    private List<VenueRoom> rooms = new ArrayList<>();

    public Venue() {
        // A new venue, filled in on a form.
    }

    public Venue(String name, String address, String town, String postcode) {
        this.name = Text.clean(name);
        this.address = Text.clean(address);
        this.town = Text.clean(town);
        this.postcode = Text.clean(postcode);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Text.clean(address);
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = Text.clean(town);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = Text.clean(postcode);
    }

    /** A link to the venue on a map, or {@code null}. */
    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = Text.clean(mapUrl);
    }

    /** Its rooms by name, those retired too. */
    public List<VenueRoom> getRooms() {
        return rooms;
    }

    /** The rooms still offered for new sessions. */
    public List<VenueRoom> getActiveRooms() {
        return rooms.stream().filter(VenueRoom::isActive).toList();
    }

    /** The address on one line: the street, the town and the postcode. */
    public String getFullAddress() {
        return address + ", " + town + (postcode == null ? "" : " " + postcode);
    }

    public String getAccessNotes() {
        return accessNotes;
    }

    public void setAccessNotes(String accessNotes) {
        this.accessNotes = Text.clean(accessNotes);
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
        return this == other || other instanceof Venue venue && id != null && id.equals(venue.id);
    }

    @Override
    public int hashCode() {
        return Venue.class.hashCode();
    }
}
