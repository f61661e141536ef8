package org.learningnetwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The failed sign-ins of each client address on this server instance, and the waits {@link SignInThrottle} gives them.
 * Kept in memory, at most {@value #TRACKED} clients (those whose failures no longer count make room first): each
 * instance behind a load balancer counts its own, so with several an outsider's rate is at most that many times one
 * instance's. The account's own lock after failures ({@link SignInPolicy}) is in the database and shared.
 */
@ApplicationScoped
public class SignInThrottles {

    static final int TRACKED = 100_000;
    private static final Logger LOG = Logger.getLogger(SignInThrottles.class.getName());

    private final Map<String, SignInThrottle.Failures> failures = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    private SignInService signIns;

    /** Until when the client must wait before its next attempt is looked at, if it must. */
    public Optional<Instant> waitUntil(String client) {
        return SignInThrottle.waitUntil(failures.get(client), clock.instant(), SignInThrottle.Settings.fromSystemProperties());
    }

    /**
     * Counts a failed sign-in of the client. The failure that first makes it wait is audited and logged, once per
     * window, without the address (personal data).
     */
    public void failed(String client) {
        Instant now = clock.instant();
        SignInThrottle.Settings settings = SignInThrottle.Settings.fromSystemProperties();
        makeRoom(now, settings);
        SignInThrottle.Failures counted = failures.compute(client, (key, old) -> old == null
                ? new SignInThrottle.Failures(1, now) : old.after(now, settings));
        if (counted.count() == settings.freeFailures() + 1) {
            LOG.warning(() -> "A client address made " + counted.count() + " failed sign-ins within "
                    + settings.window().toMinutes() + " minutes: its attempts are now slowed down");
            signIns.clientThrottled();
        }
    }

    private void makeRoom(Instant now, SignInThrottle.Settings settings) {
        if (failures.size() < TRACKED) {
            return;
        }
        failures.values().removeIf(f -> f.expiredAt(now, settings));
        Iterator<String> clients = failures.keySet().iterator();
        while (failures.size() >= TRACKED && clients.hasNext()) {
            clients.next();
            clients.remove();
        }
    }
}
