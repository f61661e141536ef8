package org.learningnetwork.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.learningnetwork.reference.CouncilArea;

/**
 * A council area the partnership serves. People may book when their organisation works in or serves one
 * of them; while none is set, the partnership has not said and everyone may.
 */
@Entity
@Table(name = "partnership_area")
public class PartnershipArea {

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
