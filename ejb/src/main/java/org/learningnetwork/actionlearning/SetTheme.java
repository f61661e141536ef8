package org.learningnetwork.actionlearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.learningnetwork.platform.Text;

/**
 * A theme of the taxonomy the learning team keeps for "complexity mapping": the kinds of problem members bring to
 * sets. Retired, never deleted: the meetings that raised it still count.
 */
@Entity
@Table(name = "set_theme")
public class SetTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "set_theme_seq")
    @SequenceGenerator(name = "set_theme_seq", sequenceName = "set_theme_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{theme.name.required}")
    @Size(max = 200, message = "{theme.name.size}")
    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Size(max = 500, message = "{theme.description.size}")
    private String description;

    private boolean active = true;

    /** A theme still to be named, for the form that adds one. */
    public SetTheme() {
    }

    public SetTheme(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @PrePersist
    @PreUpdate
    void normalise() {
        name = Text.clean(name);
        nameKey = Text.key(name);
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SetTheme theme && id != null && id.equals(theme.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
