package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A protection framework (for example Child Protection 2024) that places the workforce in ranked groups,
 * lowest to highest. Read-only reference data.
 */
@Entity
@Cacheable
@Table(name = "framework")
@NamedQuery(name = Framework.ALL, query = "select distinct f from Framework f left join fetch f.groups order by f.displayOrder",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Framework {

    /** Every framework in display order with its groups (results cached: they change only with a migration). */
    public static final String ALL = "Framework.all";

    @Id
    private String code;

    private String name;

    @Column(name = "display_order")
    private int displayOrder;

    @OneToMany(mappedBy = "framework")
    @OrderBy("rank")
    private List<WorkforceGroup> groups = new ArrayList<>();

    protected Framework() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    /** The framework's workforce groups, lowest rank first. */
    public List<WorkforceGroup> getGroups() {
        return Collections.unmodifiableList(groups);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Framework that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
