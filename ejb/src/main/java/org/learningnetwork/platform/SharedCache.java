package org.learningnetwork.platform;

/**
 * How long an entity kept in the JPA provider's shared cache is trusted (entities marked {@code @Cacheable} with
 * EclipseLink's {@code @Cache(expiry = SharedCache.EXPIRY_MILLIS)}): the catalogue's courses and the partner
 * organisations, read on every booking and changed rarely. Changes made through this server instance update its
 * cache at once (bulk updates invalidate it); with several instances on one database, another instance sees a
 * change at most this long after it was made — as for the copies of public pages.
 */
public final class SharedCache {

    /** One minute. */
    public static final int EXPIRY_MILLIS = 60_000;

    /**
     * How many of a kind are held firmly ({@code @Cache(size = ...)}): EclipseLink's default of 100 left a national
     * catalogue's 2,000 courses to be collected and read again, eight reads of courses for one manager's page in
     * bench/signed-in.
     */
    public static final int SIZE = 10_000;

    private SharedCache() {
    }
}
