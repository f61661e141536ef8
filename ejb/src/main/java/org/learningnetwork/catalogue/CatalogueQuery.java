package org.learningnetwork.catalogue;

import java.time.Instant;

/**
 * What a visitor is looking for in the catalogue; every part is optional.
 *
 * @param text             words in the title or summary, or in the title of what the course answers to
 * @param strandCode       a strand, by code
 * @param workforceGroupId a target workforce group
 * @param deliveryMode     how it is delivered
 * @param from             only courses with a session starting at or after this instant
 * @param to               only courses with a session starting before this instant
 * @param hasPlaces        only courses with a session (in the period, if one is given) that takes applications now
 *                         and has places left
 * @param guidanceId       only courses that answer to this legislation, guidance, strategy or learning review
 */
public record CatalogueQuery(String text, String strandCode, Long workforceGroupId, DeliveryMode deliveryMode,
                             Instant from, Instant to, boolean hasPlaces, Long guidanceId) {

    public CatalogueQuery(String text, String strandCode, Long workforceGroupId, DeliveryMode deliveryMode,
                          Instant from, Instant to, boolean hasPlaces) {
        this(text, strandCode, workforceGroupId, deliveryMode, from, to, hasPlaces, null);
    }

    public CatalogueQuery(String text, String strandCode, Long workforceGroupId, DeliveryMode deliveryMode,
                          Instant from, Instant to) {
        this(text, strandCode, workforceGroupId, deliveryMode, from, to, false, null);
    }

    public static CatalogueQuery everything() {
        return new CatalogueQuery(null, null, null, null, null, null, false, null);
    }
}
