package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A strand of public protection learning (child protection, MAPPA, trauma, ...). Read-only reference data. */
@Entity
@Cacheable
@Table(name = "strand")
public class Strand {

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
