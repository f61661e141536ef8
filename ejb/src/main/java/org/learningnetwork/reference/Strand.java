package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** A strand of public protection learning (child protection, MAPPA, trauma, ...). Read-only reference data. */
@Entity
@Cacheable
@Table(name = "strand")
@NamedQuery(name = Strand.ALL, query = "select s from Strand s order by s.displayOrder",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Strand {

    /** Every strand in display order (results cached: strands change only with a migration). */
    public static final String ALL = "Strand.all";

    @Id
    private String code;

    private String name;

    @Column(name = "display_order")
    private int displayOrder;

    protected Strand() {
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
}
