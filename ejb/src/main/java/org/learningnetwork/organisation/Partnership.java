package org.learningnetwork.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.CouncilArea;

/**
 * A public protection partnership: the councils and agencies that run their learning together, within a learning
 * network. It serves council areas, and its partner organisations are full partners or associates. An organisation is
 * in the partnership when it is a partner of either kind or works in one of its areas: its people may book, and a
 * coordinator scoped to the partnership sees them.
 *
 * <p>Invariants: the name is unique ignoring case; a council area is served by one partnership at most (checked by
 * {@link PartnershipService}); partnerships are retired, never deleted, because accounts are scoped by them.
 */
@Entity
@Table(name = "partnership")
@NamedQuery(name = Partnership.SERVES, query = "select count(o) from Organisation o where o = :organisation and ("
        + " not exists (select a from Partnership p join p.areas a where p.active = true)"
        + " or exists (select p from Partnership p join p.areas a where p.active = true and a member of o.councilAreas)"
        + " or exists (select p from Partnership p join p.members m where p.active = true and key(m) = o))")
public class Partnership {

    /**
     * 1 when {@code :organisation} is in an active partnership (a partner, or working in one of its council areas), or
     * while no partnership serves any area; else 0.
     */
    public static final String SERVES = "Partnership.serves";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
    @SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{partnership.name.required}")
    @Size(max = 200, message = "{partnership.name.size}")
    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "partnership_area", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "council_area_code"))
    private Set<CouncilArea> areas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_member", joinColumns = @JoinColumn(name = "partnership_id"))
    @MapKeyJoinColumn(name = "organisation_id")
    @Column(name = "membership")
    @Enumerated(EnumType.STRING)
    private Map<Organisation, Membership> members = new HashMap<>();

    /** A partnership still to be named, for the form that adds one. */
    public Partnership() {
    }

    public Partnership(String name) {
        setName(name);
    }

    @PrePersist
    @PreUpdate
    void normalise() {
        name = Text.clean(name);
        nameKey = Text.key(name);
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
        this.name = Text.clean(name);
        this.nameKey = Text.key(name);
    }

    public boolean isActive() {
        return active;
    }

    void retire() {
        active = false;
    }

    void reinstate() {
        active = true;
    }

    /** The council areas it serves, by name. */
    public List<CouncilArea> getAreas() {
        return areas.stream().sorted(Comparator.comparing(CouncilArea::getName)).toList();
    }

    /** Serves exactly these council areas: the rows of areas kept stay as they are. */
    public void serve(Set<CouncilArea> chosen) {
        areas.retainAll(chosen);
        areas.addAll(chosen);
    }

    /** Its partner organisations and how each takes part. */
    public Map<Organisation, Membership> getMembers() {
        return Collections.unmodifiableMap(members);
    }

    /** A partner organisation and how it takes part. */
    public record Partner(Organisation organisation, Membership membership) {
    }

    /** The partner organisations, by name, with how each takes part. */
    public List<Partner> getMemberList() {
        return members.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getNameKey()))
                .map(e -> new Partner(e.getKey(), e.getValue())).toList();
    }

    public void admit(Organisation organisation, Membership membership) {
        members.put(organisation, membership);
    }

    void remove(Organisation organisation) {
        members.remove(organisation);
    }
}
