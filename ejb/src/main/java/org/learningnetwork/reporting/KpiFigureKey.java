package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.learningnetwork.figures.Quarter;

/** What a row of figures is for: a quarter, a committee, a breakdown and its key. */
@Embeddable
public class KpiFigureKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "quarter_code")
    private String quarter;

    @Column(name = "committee_code")
    private String committee;

    @Enumerated(EnumType.STRING)
    private KpiDimension dimension;

    @Column(name = "dimension_key")
    private String key;

    protected KpiFigureKey() {
    }

    public KpiFigureKey(Quarter quarter, String committee, KpiDimension dimension, String key) {
        this.quarter = quarter.code();
        this.committee = committee;
        this.dimension = dimension;
        this.key = key;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getCommittee() {
        return committee;
    }

    public KpiDimension getDimension() {
        return dimension;
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KpiFigureKey k && quarter.equals(k.quarter) && committee.equals(k.committee)
                && dimension == k.dimension && key.equals(k.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quarter, committee, dimension, key);
    }
}
