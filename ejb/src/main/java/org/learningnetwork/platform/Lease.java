package org.learningnetwork.platform;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A lease this server instance holds on a piece of work ({@link Leases}): the work's name, the key of what it runs
 * (a quarter, a day; empty for work that is one at a time whatever it runs on), for how long each renewal keeps it,
 * and its fence: which taking of the lease this is (each taking counts it up), so that renewing or releasing it
 * touches this taking only, never a later one of the same work and key. Held until released or, if not renewed in
 * time, until another instance takes it.
 */
public record Lease(String work, String key, Duration term, long fence) implements Serializable {

    public Lease {
        Objects.requireNonNull(work, "work is required");
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(term, "term is required");
    }
}
