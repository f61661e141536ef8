package org.learningnetwork.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.learningnetwork.platform.SharedCache;
import org.learningnetwork.platform.Text;
import org.learningnetwork.reference.CouncilArea;

/**
 * A partner organisation whose staff learn with the network: a council service, NHS board, police
 * division, third-sector or private provider, college or housing provider.
 *
 * <p>Invariants: the name is unique ignoring case and surrounding spaces; an organisation works in at
 * least one council area; organisations are deactivated, never deleted, because bookings and reports
 * refer to them.
 */
@Entity
@Table(name = "organisation")
@Cacheable
@Cache(expiry = SharedCache.EXPIRY_MILLIS, size = SharedCache.SIZE)
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @NotNull(message = "{organisation.agencyType.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    private AgencyType agencyType;

    @NotEmpty(message = "{organisation.councilAreas.required}")
    @ManyToMany
    @JoinTable(name = "organisation_council_area",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "council_area_code"))
    private Set<CouncilArea> councilAreas = new LinkedHashSet<>();

    private boolean active = true;

    public Organisation() {
    }

    public Organisation(String name, AgencyType agencyType, Set<CouncilArea> councilAreas) {
        setName(name);
        this.agencyType = agencyType;
        setCouncilAreas(councilAreas);
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

    /** The name as compared for uniqueness. */
    public String getNameKey() {
        return nameKey;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    public Set<CouncilArea> getCouncilAreas() {
        return Collections.unmodifiableSet(councilAreas);
    }

    public void setCouncilAreas(Set<CouncilArea> councilAreas) {
        this.councilAreas.clear();
        if (councilAreas != null) {
            this.councilAreas.addAll(councilAreas);
        }
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }
}
