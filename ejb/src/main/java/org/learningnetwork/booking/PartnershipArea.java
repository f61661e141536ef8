package org.learningnetwork.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.learningnetwork.reference.CouncilArea;

/**
 * A council area the partnership serves. People may book when their organisation works in or serves one
 * of them; while none is set, the partnership has not said and everyone may.
 */
@Entity
@Table(name = "partnership_area")
@NamedQuery(name = PartnershipArea.SERVES, query = "select count(o) from Organisation o where o = :organisation"
        + " and (not exists (select a from PartnershipArea a) or exists (select a from PartnershipArea a"
        + " where a.councilArea in (select c from Organisation p join p.councilAreas c where p = o)))")
public class PartnershipArea {

    /** 1 when {@code :organisation} works in or serves one of the partnership's council areas, or none is set; else 0. */
    public static final String SERVES = "PartnershipArea.serves";

    @Id
    @OneToOne(optional = false)
    @JoinColumn(name = "council_area_code")
    private CouncilArea councilArea;

    protected PartnershipArea() {
    }

    public PartnershipArea(CouncilArea councilArea) {
        this.councilArea = councilArea;
    }

    public CouncilArea getCouncilArea() {
        return councilArea;
    }
}
