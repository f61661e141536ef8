package org.learningnetwork.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A part of the regulator's register (social worker, supervisor in a housing support service ...), with the months
 * between renewals and the hours of continuous professional learning expected in that time.
 */
@Entity
@Table(name = "register_part")
public class RegisterPart {

    @Id
    private String code;

    private String name;

    @Column(name = "renewal_months")
    private int renewalMonths;

    @Column(name = "learning_hours")
    private BigDecimal learningHours;

    private boolean active = true;

    protected RegisterPart() {
    }

    public RegisterPart(String code, String name, int renewalMonths, BigDecimal learningHours) {
        this.code = code;
        this.name = name;
        this.renewalMonths = renewalMonths;
        this.learningHours = learningHours;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRenewalMonths() {
        return renewalMonths;
    }

    public BigDecimal getLearningHours() {
        return learningHours;
    }

    public boolean isActive() {
        return active;
    }

    /** Renames the part, or changes its renewal period or the learning expected in it (checked by {@link RegisterPartRules}). */
    void change(String name, int renewalMonths, BigDecimal learningHours) {
        this.name = name;
        this.renewalMonths = renewalMonths;
        this.learningHours = learningHours;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RegisterPart part && code != null && code.equals(part.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
