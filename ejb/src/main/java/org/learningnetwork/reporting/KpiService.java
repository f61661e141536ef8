package org.learningnetwork.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.figures.CommitteeScope;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Database;

/**
 * Computes and stores the quarterly KPI snapshot, one part at a time for every committee and breakdown at once (see
 * {@link KpiFacts}, and {@link KpiFigure} for what is counted), and reads it for the screens and the report. The
 * computing and storing methods are called by the quarterly KPI job, which runs without a signed-in caller.
 */
@Stateless
public class KpiService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /** Whether the caller may read the committee's figures ({@link CommitteeScope}). */
    private boolean readable(String committee) {
        return CommitteeScope.readable(em, context).contains(committee);
    }

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    @Inject
    private KpiNames names;

    @Inject
    private KpiSnapshots snapshots;

    /** The committees' codes, in their order. */
    @PermitAll
    public List<String> committees() {
        return em.createNativeQuery("select code from committee where active = true order by display_order").getResultList().stream()
                .map(Object::toString).toList();
    }

    /** Removes the quarter's snapshot (a new run replaces it); returns how many rows of figures it had. */
    @PermitAll
    public int clear(Quarter quarter) {
        snapshot(quarter).cleared(clock.instant());
        return em.createQuery("delete from KpiFigure f where f.id.quarter = :quarter").setParameter("quarter", quarter.code()).executeUpdate();
    }

    /** How many rows of figures the quarter has stored. */
    @PermitAll
    public long storedRows(Quarter quarter) {
        return em.createQuery("select count(f) from KpiFigure f where f.id.quarter = :quarter", Long.class)
                .setParameter("quarter", quarter.code()).getSingleResult();
    }

    /** The parts of the quarter's figures stored since its snapshot was last cleared. */
    @PermitAll
    public Set<KpiPart> storedParts(Quarter quarter) {
        KpiSnapshot snapshot = em.find(KpiSnapshot.class, quarter.code());
        return snapshot == null ? EnumSet.noneOf(KpiPart.class) : snapshot.parts();
    }

    /**
     * Stores one part of the quarter's figures ({@link #compute}) in the quarter's rows of figures: each row takes the
     * part's columns from {@code figures}, or none if it has none there; rows new to the quarter are added. The part
     * is recorded as stored. Parts stored at the same time wait for each other (the quarter's snapshot row is locked).
     */
    @PermitAll
    public void store(Quarter quarter, KpiPart part, List<KpiFigure> figures) {
        KpiSnapshot snapshot = snapshot(quarter);
        Map<KpiFigureKey, KpiFigure> rows = new HashMap<>();
        for (KpiFigure row : em.createQuery("select f from KpiFigure f where f.id.quarter = :quarter", KpiFigure.class)
                .setParameter("quarter", quarter.code()).getResultList()) {
            row.take(part, new KpiFigure(row.getId()));
            rows.put(row.getId(), row);
        }
        for (KpiFigure figure : figures) {
            KpiFigure row = rows.get(figure.getId());
            if (row == null) {
                em.persist(figure);
            } else {
                row.take(part, figure);
            }
        }
        snapshot.stored(part, clock.instant());
    }

    /** The quarter's snapshot row, locked until the transaction ends (made if the quarter has none yet). */
    private KpiSnapshot snapshot(Quarter quarter) {
        KpiSnapshot snapshot = em.find(KpiSnapshot.class, quarter.code(), LockModeType.PESSIMISTIC_WRITE);
        if (snapshot == null) {
            snapshot = new KpiSnapshot(quarter, clock.instant());
            em.persist(snapshot);
            em.flush();
        }
        return snapshot;
    }

    /** The stored figures of a quarter, committee and breakdown, by key. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public List<KpiFigure> stored(Quarter quarter, String committee, KpiDimension dimension) {
        return readable(committee) ? snapshots.figures(quarter, committee, dimension) : List.of();
    }

    /** The ALL figures of {@code committee} for the {@code count} quarters up to {@code last}, oldest first (missing ones left out). */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<Quarter, KpiFigure> trend(String committee, Quarter last, int count) {
        return readable(committee) ? snapshots.trend(committee, last, count) : Map.of();
    }

    /** The latest quarter with figures for the committee, if any. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public java.util.Optional<Quarter> latestQuarter(String committee) {
        if (!readable(committee)) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select max(f.id.quarter) from KpiFigure f where f.id.committee = :committee", String.class)
                .setParameter("committee", committee).getResultStream().filter(java.util.Objects::nonNull).findFirst()
                .flatMap(Quarter::parse);
    }

    /** The names of a breakdown's keys: strands, agencies or workforce groups (by code or id as text). */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<String, String> keyNames(KpiDimension dimension, java.util.Collection<String> keys) {
        return names.of(dimension, keys);
    }

    /**
     * Works out one part of the quarter's figures, for every committee and breakdown, from the data as it is now
     * (nothing stored). Sessions count as delivered once ended, by the quarter's end or now if sooner.
     */
    @PermitAll
    public List<KpiFigure> compute(Quarter quarter, KpiPart part) {
        Instant now = clock.instant();
        Instant deliveredBy = now.isBefore(quarter.end()) ? now : quarter.end();
        try (Connection db = database.dataSource().getConnection()) {
            return new KpiFacts(db, quarter, committees(), deliveredBy).part(part);
        } catch (SQLException e) {
            throw new IllegalStateException("The quarter's " + part + " figures could not be read", e);
        }
    }
}
