package org.learningnetwork.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.learningnetwork.figures.Quarter;

/**
 * Adds up one part of a quarter's figures for every committee and breakdown at once, from facts about courses. A
 * course's facts count for each committee that covers one of its strands: in the committee's headline row, in the row
 * of each of the course's strands the committee covers, and in the rows of the agency and workforce group the facts
 * are about. People and agencies reached are counted once a row, however many courses and workforce groups lead there.
 * Every committee has its headline row, with or without facts.
 */
final class KpiTally {

    /** A committee covering a course through one of the course's strands. */
    record Cover(String committee, long course, String strand) {
    }

    /** One person's bookings on one course's sessions in the quarter; {@code learned}: those attended, fully or in part. */
    record Bookings(int bookings, int attended, int attendedPartly, int didNotAttend, int lateCancellations, int waitlisted,
            int learned, long costPence) {
    }

    /** A requirement of a person's role profiles: the courses it accepts, and whether it was up to date. */
    record Requirement(Collection<Long> courses, boolean met) {
    }

    /** The committees covering a course, each with the course's strands it covers, and the course's rows once made. */
    private static final class Course {
        final Map<String, Set<String>> committees = new LinkedHashMap<>();
        List<KpiFigure> headlines;
        List<KpiFigure> strands;
    }

    private final Quarter quarter;
    private final Map<Long, Course> courses = new HashMap<>();
    private final Map<KpiFigureKey, KpiFigure> figures = new LinkedHashMap<>();
    /** The agency and workforce group rows, by breakdown, committee and key. */
    private final Map<KpiDimension, Map<String, Map<Long, KpiFigure>>> keyed = new EnumMap<>(KpiDimension.class);
    private final Map<KpiFigure, Integer> learners = new HashMap<>();
    private final Map<KpiFigure, Set<Long>> agencies = new HashMap<>();
    private final Map<KpiFigure, Integer> pathwayPeople = new HashMap<>();

    KpiTally(Quarter quarter, Collection<String> committees, Collection<Cover> covers) {
        this.quarter = quarter;
        for (String committee : committees) {
            figure(committee, KpiDimension.ALL, KpiDimension.ALL_KEY);
        }
        for (Cover c : covers) {
            courses.computeIfAbsent(c.course(), k -> new Course()).committees.computeIfAbsent(c.committee(), k -> new TreeSet<>())
                    .add(c.strand());
        }
    }

    /** Whether any committee covers the course. */
    boolean covers(long course) {
        return courses.containsKey(course);
    }

    /** Every committee's headline row. */
    void eachHeadline(Consumer<KpiFigure> action) {
        figures.values().stream().filter(f -> f.getId().getDimension() == KpiDimension.ALL).toList().forEach(action);
    }

    /**
     * The rows that a fact about the course counts in, for one breakdown: for each committee covering the course, its
     * headline row (ALL), the rows of the course's strands it covers (STRAND), or the row of {@code key}, the agency's
     * or the workforce group's id (AGENCY, GROUP; none when {@code key} is null).
     */
    void each(long course, KpiDimension dimension, Long key, Consumer<KpiFigure> action) {
        Course c = courses.get(course);
        if (c == null) {
            return;
        }
        switch (dimension) {
            case ALL -> {
                if (c.headlines == null) {
                    c.headlines = c.committees.keySet().stream().map(k -> figure(k, dimension, KpiDimension.ALL_KEY)).toList();
                }
                c.headlines.forEach(action);
            }
            case STRAND -> {
                if (c.strands == null) {
                    c.strands = c.committees.entrySet().stream()
                            .flatMap(e -> e.getValue().stream().map(strand -> figure(e.getKey(), dimension, strand))).toList();
                }
                c.strands.forEach(action);
            }
            case AGENCY, GROUP -> {
                if (key != null) {
                    Map<String, Map<Long, KpiFigure>> byCommittee = keyed.computeIfAbsent(dimension, d -> new HashMap<>());
                    for (String committee : c.committees.keySet()) {
                        action.accept(byCommittee.computeIfAbsent(committee, k -> new HashMap<>())
                                .computeIfAbsent(key, k -> figure(committee, dimension, k.toString())));
                    }
                }
            }
        }
    }

    /** A fact about the course, of the agency and (when known) the workforce group given: it counts in every breakdown. */
    void everywhere(long course, Long organisation, Long group, Consumer<KpiFigure> action) {
        each(course, KpiDimension.ALL, null, action);
        each(course, KpiDimension.STRAND, null, action);
        each(course, KpiDimension.AGENCY, organisation, action);
        each(course, KpiDimension.GROUP, group, action);
    }

    /**
     * One person's bookings in the quarter, by course: each course's bookings count in its rows (and in the row of each
     * of the person's workforce groups); the person, and their agency, are reached once in each row of a course they
     * attended at least in part.
     */
    void bookings(long organisation, Collection<Long> groups, Map<Long, Bookings> byCourse) {
        Set<KpiFigure> reached = new HashSet<>();
        byCourse.forEach((course, b) -> {
            Consumer<KpiFigure> count = f -> {
                f.addBookings(b.bookings(), b.attended(), b.attendedPartly(), b.didNotAttend(), b.lateCancellations(), b.waitlisted(),
                        b.costPence());
                if (b.learned() > 0) {
                    reached.add(f);
                }
            };
            each(course, KpiDimension.ALL, null, count);
            each(course, KpiDimension.STRAND, null, count);
            each(course, KpiDimension.AGENCY, organisation, count);
            for (Long group : groups) {
                each(course, KpiDimension.GROUP, group, count);
            }
        });
        for (KpiFigure figure : reached) {
            learners.merge(figure, 1, Integer::sum);
            agencies.computeIfAbsent(figure, f -> new HashSet<>()).add(organisation);
        }
    }

    /**
     * One person's requirements on the quarter's last day: each requirement (by the courses it accepts, and whether it
     * was up to date) counts once in each row any of its courses leads to, and the person once in each such row.
     */
    void pathways(long organisation, Collection<Long> groups, List<Requirement> requirements) {
        Set<KpiFigure> reached = new HashSet<>();
        requirements.forEach(requirement -> {
            Set<KpiFigure> rows = new LinkedHashSet<>();
            for (Long course : requirement.courses()) {
                each(course, KpiDimension.ALL, null, rows::add);
                each(course, KpiDimension.STRAND, null, rows::add);
                each(course, KpiDimension.AGENCY, organisation, rows::add);
                for (Long group : groups) {
                    each(course, KpiDimension.GROUP, group, rows::add);
                }
            }
            rows.forEach(f -> f.addPathway(requirement.met()));
            reached.addAll(rows);
        });
        reached.forEach(f -> pathwayPeople.merge(f, 1, Integer::sum));
    }

    /** The rows of figures added up. */
    List<KpiFigure> figures() {
        pathwayPeople.forEach(KpiFigure::pathwayPeople);
        learners.forEach((figure, count) -> figure.reached(count, agencies.get(figure).size()));
        return new ArrayList<>(figures.values());
    }

    private KpiFigure figure(String committee, KpiDimension dimension, String key) {
        KpiFigureKey id = new KpiFigureKey(quarter, committee, dimension, key);
        return figures.computeIfAbsent(id, KpiFigure::new);
    }
}
