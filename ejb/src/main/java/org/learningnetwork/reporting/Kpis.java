package org.learningnetwork.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learningnetwork.security.Roles;

/**
 * Computes and stores the quarterly KPI snapshot, one committee and breakdown at a time, with set-based aggregate
 * queries (see {@link KpiFigure} for what is counted), and reads it for the screens and the report. The computing
 * and storing methods are called by the quarterly KPI job, which runs without a signed-in caller.
 */
@Stateless
public class Kpis {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private KpiNames names;

    @Inject
    private KpiSnapshots snapshots;

    /** The committees' codes, in their order. */
    @PermitAll
    public List<String> committees() {
        return em.createNativeQuery("select code from committee order by display_order").getResultList().stream()
                .map(Object::toString).toList();
    }

    /** The committees by code with their names, in their order. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<String, String> committeeNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select code, name from committee order by display_order").getResultList()) {
            Object[] columns = (Object[]) row;
            names.put(columns[0].toString(), columns[1].toString());
        }
        return names;
    }

    /** Removes the quarter's snapshot (a new run replaces it). */
    @PermitAll
    public int clear(Quarter quarter) {
        return em.createQuery("delete from KpiFigure f where f.id.quarter = :quarter").setParameter("quarter", quarter.code()).executeUpdate();
    }

    /** How many rows of figures the quarter has stored. */
    @PermitAll
    public long storedRows(Quarter quarter) {
        return em.createQuery("select count(f) from KpiFigure f where f.id.quarter = :quarter", Long.class)
                .setParameter("quarter", quarter.code()).getSingleResult();
    }

    /** The breakdowns of a quarter and committee that have figures stored. */
    @PermitAll
    public java.util.Set<KpiDimension> storedDimensions(Quarter quarter, String committee) {
        return new java.util.HashSet<>(em.createQuery("select distinct f.id.dimension from KpiFigure f where f.id.quarter = :quarter"
                + " and f.id.committee = :committee", KpiDimension.class).setParameter("quarter", quarter.code())
                .setParameter("committee", committee).getResultList());
    }

    /** Replaces the stored figures of one quarter, committee and breakdown by {@code figures}. */
    @PermitAll
    public void replace(Quarter quarter, String committee, KpiDimension dimension, List<KpiFigure> figures) {
        em.createQuery("delete from KpiFigure f where f.id.quarter = :quarter and f.id.committee = :committee and f.id.dimension = :dimension")
                .setParameter("quarter", quarter.code()).setParameter("committee", committee).setParameter("dimension", dimension)
                .executeUpdate();
        figures.forEach(em::persist);
    }

    /** The stored figures of a quarter, committee and breakdown, by key. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public List<KpiFigure> stored(Quarter quarter, String committee, KpiDimension dimension) {
        return snapshots.figures(quarter, committee, dimension);
    }

    /** The ALL figures of {@code committee} for the {@code count} quarters up to {@code last}, oldest first (missing ones left out). */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<Quarter, KpiFigure> trend(String committee, Quarter last, int count) {
        return snapshots.trend(committee, last, count);
    }

    /** The latest quarter with figures for the committee, if any. */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public java.util.Optional<Quarter> latestQuarter(String committee) {
        return em.createQuery("select max(f.id.quarter) from KpiFigure f where f.id.committee = :committee", String.class)
                .setParameter("committee", committee).getResultStream().filter(java.util.Objects::nonNull).findFirst()
                .flatMap(Quarter::parse);
    }

    /** The names of a breakdown's keys: strands, agencies or workforce groups (by code or id as text). */
    @RolesAllowed({Roles.COMMITTEE, Roles.COORDINATOR, Roles.ADMIN})
    public Map<String, String> keyNames(KpiDimension dimension, java.util.Collection<String> keys) {
        return names.of(dimension, keys);
    }

    /** Computes the figures of one quarter, committee and breakdown from the data as it is now (nothing stored). */
    @PermitAll
    public List<KpiFigure> compute(Quarter quarter, String committee, KpiDimension dimension) {
        Map<String, KpiFigure> figures = new TreeMap<>();
        Instant now = clock.instant();
        Instant deliveredBy = now.isBefore(quarter.end()) ? now : quarter.end();
        if (dimension == KpiDimension.ALL || dimension == KpiDimension.STRAND) {
            for (Object[] row : rows(query("select " + key(dimension, "b.person_id") + ", count(*), coalesce(sum(s.capacity), 0)"
                    + " from course_session s" + join(dimension, null) + " where " + SESSIONS + " and " + DELIVERED
                    + groupBy(key(dimension, null)), quarter, committee, deliveredBy))) {
                figure(figures, quarter, committee, dimension, row[0]).sessions(integer(row[1]), integer(row[2]));
            }
        }
        for (Object[] row : rows(query("select " + key(dimension, "b.person_id") + ","
                + " sum(case when b.status = 'CONFIRMED' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'ATTENDED' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'PARTIAL' then 1 else 0 end),"
                + " sum(case when b.status = 'CONFIRMED' and b.attendance = 'DID_NOT_ATTEND' then 1 else 0 end),"
                + " sum(case when b.late_cancellation = true then 1 else 0 end),"
                + " sum(case when b.status = 'WAITLISTED' then 1 else 0 end),"
                + " count(distinct case when " + LEARNED + " then b.person_id end),"
                + " count(distinct case when " + LEARNED + " then pp.organisation_id end),"
                + " coalesce(sum(case when " + LEARNED + " then c.cost_pence end), 0)"
                + " from booking b join course_session s on s.id = b.session_id join course c on c.id = s.course_id"
                + " join person pp on pp.id = b.person_id" + join(dimension, "b.person_id")
                + " where " + SESSIONS + " and " + DELIVERED + groupBy(key(dimension, "b.person_id")), quarter, committee, deliveredBy))) {
            figure(figures, quarter, committee, dimension, row[0]).bookings(integer(row[1]), integer(row[2]), integer(row[3]),
                    integer(row[4]), integer(row[5]), integer(row[6]), integer(row[7]), integer(row[8]), ((Number) row[9]).longValue());
        }
        for (Object[] row : rows(query("select " + key(dimension, "r.person_id") + ", sum(r.cpd_hours) from learning_record r"
                + " join course_session s on s.id = r.session_id join person pp on pp.id = r.person_id" + join(dimension, "r.person_id")
                + " where " + SESSIONS + " and " + DELIVERED + groupBy(key(dimension, "r.person_id")), quarter, committee, deliveredBy))) {
            figure(figures, quarter, committee, dimension, row[0]).trainingHours(decimal(row[1]));
        }
        for (Object[] row : rows(query("select " + key(dimension, "b.person_id") + ", count(*), count(q.answered_at)"
                + " from evaluation_request q join question_set qs on qs.id = q.question_set_id and qs.purpose = 'END_OF_COURSE'"
                + " join booking b on b.id = q.booking_id join course_session s on s.id = b.session_id join person pp on pp.id = b.person_id"
                + join(dimension, "b.person_id") + " where " + SESSIONS + " and " + DELIVERED
                + groupBy(key(dimension, "b.person_id")), quarter, committee, deliveredBy))) {
            figure(figures, quarter, committee, dimension, row[0]).evaluations(integer(row[1]), integer(row[2]));
        }
        for (Object[] row : rows(query("select " + responseKey(dimension) + ","
                + " coalesce(sum(case when qn.measure = 'SATISFACTION' then a.score end), 0),"
                + " count(case when qn.measure = 'SATISFACTION' and a.score is not null then 1 end),"
                + " coalesce(sum(case when qn.measure = 'CONFIDENCE' and a.score_before is not null then a.score - a.score_before end), 0),"
                + " count(case when qn.measure = 'CONFIDENCE' and a.score is not null and a.score_before is not null then 1 end),"
                + " sum(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes = true then 1 else 0 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'LEARNER' and a.yes is not null then 1 end),"
                + " sum(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes = true then 1 else 0 end),"
                + " count(case when qn.measure = 'PRACTICE_CHANGED' and r.respondent = 'MANAGER' and a.yes is not null then 1 end)"
                + " from evaluation_answer a join question qn on qn.id = a.question_id join evaluation_response r on r.id = a.response_id"
                + " join course_session s on s.id = r.session_id" + responseJoin(dimension)
                + " where " + COMMITTEE_COURSE + " and ((r.purpose = 'END_OF_COURSE' and s.starts_at >= ?1 and s.starts_at < ?2)"
                + " or (r.purpose = 'FOLLOW_UP' and r.submitted_on >= ?5 and r.submitted_on < ?6))"
                + (dimension == KpiDimension.GROUP ? " and r.workforce_group_id is not null" : "")
                + groupBy(responseKey(dimension)), quarter, committee, deliveredBy))) {
            figure(figures, quarter, committee, dimension, row[0]).answers(integer(row[1]), integer(row[2]), integer(row[3]),
                    integer(row[4]), integer(row[5]), integer(row[6]), integer(row[7]), integer(row[8]));
        }
        return new ArrayList<>(figures.values());
    }

    /** The session {@code s} is of a course in one of the committee's ({@code ?3}) strands. */
    private static final String COMMITTEE_COURSE = "exists (select 1 from course_strand cs0 join committee_strand k0"
            + " on k0.strand_code = cs0.strand_code where cs0.course_id = s.course_id and k0.committee_code = ?3)";

    /** ... and starts in the quarter ({@code ?1} to {@code ?2}). */
    private static final String SESSIONS = "s.starts_at >= ?1 and s.starts_at < ?2 and " + COMMITTEE_COURSE;

    /** ... and took place: not cancelled, ended by {@code ?4} (the quarter's end, or now if sooner). */
    private static final String DELIVERED = "s.status <> 'CANCELLED' and s.ends_at <= ?4";

    /** The booking {@code b} is a confirmed place its learner attended, fully or in part. */
    private static final String LEARNED = "b.status = 'CONFIRMED' and b.attendance in ('ATTENDED', 'PARTIAL')";

    /** The breakdown's key for rows about the person in {@code person} (unused for ALL and STRAND). */
    private static String key(KpiDimension dimension, String person) {
        return switch (dimension) {
            case ALL -> "'" + KpiDimension.ALL_KEY + "'";
            case STRAND -> "cs.strand_code";
            case AGENCY -> "cast(pp.organisation_id as varchar(40))";
            case GROUP -> "cast(g.workforce_group_id as varchar(40))";
        };
    }

    /** Groups by the key; the ALL key is a constant, and the whole is one group. */
    private static String groupBy(String key) {
        return key.startsWith("'") ? "" : " group by " + key;
    }

    /** The joins the breakdown's key needs. */
    private static String join(KpiDimension dimension, String person) {
        return switch (dimension) {
            case ALL, AGENCY -> "";
            case STRAND -> " join course_strand cs on cs.course_id = s.course_id join committee_strand k on k.strand_code = cs.strand_code"
                    + " and k.committee_code = ?3";
            case GROUP -> " join person_workforce_group g on g.person_id = " + person;
        };
    }

    /** Responses keep the learner's organisation and workforce group themselves (anonymous ones too). */
    private static String responseKey(KpiDimension dimension) {
        return switch (dimension) {
            case ALL -> "'" + KpiDimension.ALL_KEY + "'";
            case STRAND -> "cs.strand_code";
            case AGENCY -> "cast(r.organisation_id as varchar(40))";
            case GROUP -> "cast(r.workforce_group_id as varchar(40))";
        };
    }

    private static String responseJoin(KpiDimension dimension) {
        return dimension == KpiDimension.STRAND ? join(dimension, null) : "";
    }

    private Query query(String sql, Quarter quarter, String committee, Instant deliveredBy) {
        Query query = em.createNativeQuery(sql);
        query.setParameter(1, quarter.start().atOffset(ZoneOffset.UTC));
        query.setParameter(2, quarter.end().atOffset(ZoneOffset.UTC));
        query.setParameter(3, committee);
        query.setParameter(4, deliveredBy.atOffset(ZoneOffset.UTC));
        query.setParameter(5, quarter.firstDay());
        query.setParameter(6, quarter.endExclusive());
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static KpiFigure figure(Map<String, KpiFigure> figures, Quarter quarter, String committee, KpiDimension dimension, Object key) {
        return figures.computeIfAbsent(key.toString().strip(), k -> new KpiFigure(new KpiFigureKey(quarter, committee, dimension, k)));
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
