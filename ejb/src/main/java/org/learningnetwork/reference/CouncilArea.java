package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** A Scottish council area, identified by its GSS code, in one learning-network region. Read-only reference data. */
@Entity
@Cacheable
@Table(name = "council_area")
@NamedQuery(name = CouncilArea.ALL, query = "select c from CouncilArea c join fetch c.region order by c.name",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class CouncilArea {

    public static final String ALL = "CouncilArea.all";

    @Id
    @Column(name = "gss_code")
    private String gssCode;

    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    private LearningNetworkRegion region;

    protected CouncilArea() {
    }

    public String getGssCode() {
        return gssCode;
    }

    public String getName() {
        return name;
    }

    public LearningNetworkRegion getRegion() {
        return region;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CouncilArea that && gssCode != null && gssCode.equals(that.gssCode);
    }

    @Override
    public int hashCode() {
        return gssCode == null ? 0 : gssCode.hashCode();
    }
}
