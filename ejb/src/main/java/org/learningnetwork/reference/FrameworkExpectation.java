package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A competency or learning outcome that a framework expects of one workforce group. Read-only reference data. */
@Entity
@Cacheable
@Table(name = "framework_expectation")
public class FrameworkExpectation {

    /** Whether the expectation is a competency (what people do) or a learning outcome (what they know). */
    public enum Kind { COMPETENCY, OUTCOME }

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workforce_group_id")
    private WorkforceGroup group;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int position;

    private String text;

    protected FrameworkExpectation() {
    }

    public Long getId() {
        return id;
    }

    public WorkforceGroup getGroup() {
        return group;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
