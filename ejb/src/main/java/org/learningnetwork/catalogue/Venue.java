package org.learningnetwork.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.learningnetwork.platform.Text;

/** A place where in-person sessions are held, with what a visitor needs to know about access. */
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

    private boolean active = true;

    protected Venue() {
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

    public String getAddress() {
        return address;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
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
}
