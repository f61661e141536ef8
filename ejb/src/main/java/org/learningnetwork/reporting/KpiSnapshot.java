package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.figures.Quarter;

/**
 * A quarter's snapshot of figures: which of its parts are stored, and which committees' report packs were sent since.
 * Its row is locked while a part is stored or a pack sent.
 */
@Entity
@Table(name = "kpi_snapshot")
public class KpiSnapshot {

    @Id
    @Column(name = "quarter_code")
    private String quarter;

    /** The parts stored, by name, separated by commas. */
    private String parts;

    /** The committees whose report packs were sent since the parts last changed, by code, separated by commas. */
    @Column(name = "packs_sent")
    private String packsSent;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected KpiSnapshot() {
    }

    KpiSnapshot(Quarter quarter, Instant now) {
        this.quarter = quarter.code();
        this.parts = "";
        this.packsSent = "";
        this.changedAt = now;
    }

    Set<KpiPart> parts() {
        return Arrays.stream(parts.split(",")).filter(p -> !p.isEmpty()).map(KpiPart::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KpiPart.class)));
    }

    void stored(KpiPart part, Instant now) {
        Set<KpiPart> stored = parts();
        stored.add(part);
        this.parts = stored.stream().map(Enum::name).collect(Collectors.joining(","));
        this.packsSent = "";
        this.changedAt = now;
    }

    void cleared(Instant now) {
        this.parts = "";
        this.packsSent = "";
        this.changedAt = now;
    }

    /** Whether the committee's pack was sent since the figures last changed. */
    boolean packSent(String committee) {
        return Arrays.asList(packsSent.split(",")).contains(committee);
    }

    void packSent(String committee, Instant now) {
        this.packsSent = packsSent.isEmpty() ? committee : packsSent + "," + committee;
        this.changedAt = now;
    }
}
