package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A workforce group within a framework (for example "Specific workforce"). Rank orders the groups of one
 * framework from the widest (1) to the most intensive. Read-only reference data.
 */
@Entity
@Cacheable
@Table(name = "workforce_group")
public class WorkforceGroup {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_code")
    private Framework framework;

    private String code;

    private int rank;

    private String name;

    private String summary;

    protected WorkforceGroup() {
    }

    public Long getId() {
        return id;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkforceGroup that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
