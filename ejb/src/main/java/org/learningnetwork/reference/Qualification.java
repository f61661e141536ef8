package org.learningnetwork.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.learningnetwork.platform.Text;

/**
 * A qualification tracked for registration and workforce planning (SVQ, HNC, PLQ stage, degree, post-qualifying
 * award) with its SCQF level and credit points. The learning team keeps the catalogue: adds a qualification, changes
 * one, retires one no longer offered (people keep theirs). Its code never changes.
 */
@Entity
@Table(name = "qualification")
public class Qualification {

    @Id
    @NotBlank(message = "{qualification.code.required}")
    @Pattern(regexp = "[A-Z0-9_]{1,30}", message = "{qualification.code.pattern}")
    private String code;

    @NotBlank(message = "{qualification.name.required}")
    @Size(max = 200, message = "{qualification.name.size}")
    private String name;

    @Min(value = 1, message = "{qualification.scqfLevel.range}")
    @Max(value = 12, message = "{qualification.scqfLevel.range}")
    @Column(name = "scqf_level")
    private int scqfLevel;

    @Min(value = 1, message = "{qualification.credits.range}")
    @Max(value = 720, message = "{qualification.credits.range}")
    private Integer credits;

    @Size(max = 500, message = "{qualification.notes.size}")
    private String notes;

    @NotNull(message = "{qualification.kind.required}")
    @Enumerated(EnumType.STRING)
    private QualificationKind kind = QualificationKind.OTHER;

    private boolean active = true;

    public Qualification() {
        // A new qualification, filled in on a form.
    }

    public Qualification(String code, String name, int scqfLevel, Integer credits, QualificationKind kind) {
        this.code = code;
        this.name = Text.clean(name);
        this.scqfLevel = scqfLevel;
        this.credits = credits;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    /** Set once, when the qualification is added: upper case letters, digits and underscores. */
    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public int getScqfLevel() {
        return scqfLevel;
    }

    public void setScqfLevel(int scqfLevel) {
        this.scqfLevel = scqfLevel;
    }

    public Integer getCredits() {
        return credits;
    }

    public void setCredits(Integer credits) {
        this.credits = credits;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Text.clean(notes);
    }

    public QualificationKind getKind() {
        return kind;
    }

    public void setKind(QualificationKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    /** No longer offered to start: people who hold it or are working towards it keep it. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Qualification q && code != null && code.equals(q.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
