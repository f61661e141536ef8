package org.learningnetwork.reporting;

/** How a committee's figures are broken down: not at all, by strand, by agency, by workforce group. */
public enum KpiDimension {
    ALL,
    STRAND,
    AGENCY,
    GROUP;

    /** The key of the {@link #ALL} row. */
    public static final String ALL_KEY = "ALL";
}
