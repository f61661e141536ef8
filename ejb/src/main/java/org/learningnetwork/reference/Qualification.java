package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A qualification tracked for workforce planning (SVQ, PLQ stage, degree) with its SCQF level. Read-only reference data. */
@Entity
@Cacheable
@Table(name = "qualification")
public class Qualification {

    @Id
    private String code;

    private String name;

    @Column(name = "scqf_level")
    private int scqfLevel;

    private Integer credits;

    private String notes;

    protected Qualification() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getScqfLevel() {
        return scqfLevel;
    }

    public Integer getCredits() {
        return credits;
    }

    public String getNotes() {
        return notes;
    }
}
