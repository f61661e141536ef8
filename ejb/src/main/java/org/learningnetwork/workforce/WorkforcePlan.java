package org.learningnetwork.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.workforce.RegistrationRules.ConditionState;

/**
 * The workforce-planning report (seed 000: "expected numbers of individuals qualifying with the appropriate
 * qualifications", and skills gaps before they open), put together from counts the database gives: for each
 * qualification, who is expected to qualify in each of the coming quarters and financial years; for each network and
 * agency, who is working towards a qualification, who is registered, and which registration conditions are at risk;
 * for each qualification, the conditions falling due in the coming year against those met or on track, the gap being
 * the skills the workforce is short of. Pure: the screen, the downloads and the committees' pack all ask here.
 */
public final class WorkforcePlan {

    /** How many quarters ahead expected qualifiers are counted. */
    public static final int QUARTERS = 8;

    /** People expected to complete a qualification on a day, at an agency. */
    public record Expected(String qualification, long agency, LocalDate expectedOn, long people) {
    }

    /** Unmet or met registration conditions asking for a qualification, by date, state and agency. */
    public record Condition(String qualification, long agency, LocalDate dueOn, ConditionState state, long people) {
    }

    /** An agency's people working towards a qualification, registered now, and with a renewal due in the coming year. */
    public record Registered(long agency, long workingTowards, long registered, long renewalsDue) {
    }

    /** A qualification of the catalogue. */
    public record QualificationRef(String code, String name, int scqfLevel) {
    }

    /** An agency and the networks (regions) it works in. */
    public record Agency(long id, String name, Set<String> networks) {
    }

    /** Qualifiers expected of one qualification: per quarter (the coming {@link #QUARTERS}) and per financial year. */
    public record QualifierRow(QualificationRef qualification, List<Long> perQuarter, Map<Integer, Long> perYear, long total) {
    }

    /** One agency's figures, in its network. */
    public record AgencyRow(String network, Agency agency, long workingTowards, long expectedThisYear, long registered,
                            long conditionsAtRisk, long renewalsDue) {
    }

    /**
     * One qualification's registration conditions falling due within the coming twelve months: how many are met, on track,
     * late, not started, and overdue (passed, not met); the gap is those neither met nor on track.
     */
    public record GapRow(QualificationRef qualification, long due, long met, long onTrack, long late, long notStarted, long overdue,
                         long expectedQualifiers) {

        public long gap() {
            return late + notStarted + overdue;
        }
    }

    /** The report: its quarters, and its three tables. */
    public record Report(LocalDate asOf, List<Quarter> quarters, List<Integer> years, List<QualifierRow> qualifiers, List<AgencyRow> agencies,
                         List<GapRow> gaps) {

        /** Every qualifier expected over the quarters shown, in all. */
        public long totalQualifiers() {
            return qualifiers.stream().mapToLong(QualifierRow::total).sum();
        }

        /** Every registration condition at risk, in all. */
        public long totalAtRisk() {
            return gaps.stream().mapToLong(GapRow::gap).sum();
        }
    }

    private WorkforcePlan() {
    }

    /** The report as of {@code today}, from the counts. */
    public static Report of(LocalDate today, List<QualificationRef> catalogue, List<Agency> agencies, List<Expected> expected,
            List<Condition> conditions, List<Registered> registered) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = Quarter.of(today);
        for (int i = 0; i < QUARTERS; i++, quarter = quarter.next()) {
            quarters.add(quarter);
        }
        List<Integer> years = quarters.stream().map(Quarter::year).distinct().toList();
        LocalDate yearAhead = today.plusYears(1);

        Map<String, QualificationRef> byCode = new LinkedHashMap<>();
        catalogue.forEach(q -> byCode.put(q.code(), q));
        List<QualifierRow> qualifiers = new ArrayList<>();
        List<GapRow> gaps = new ArrayList<>();
        for (QualificationRef qualification : byCode.values()) {
            List<Long> perQuarter = new ArrayList<>();
            for (Quarter q : quarters) {
                perQuarter.add(expected.stream().filter(e -> e.qualification().equals(qualification.code()) && !e.expectedOn().isBefore(q.firstDay())
                        && e.expectedOn().isBefore(q.endExclusive()) && !e.expectedOn().isBefore(today)).mapToLong(Expected::people).sum());
            }
            Map<Integer, Long> perYear = new LinkedHashMap<>();
            for (int i = 0; i < QUARTERS; i++) {
                perYear.merge(quarters.get(i).year(), perQuarter.get(i), Long::sum);
            }
            long total = perQuarter.stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                qualifiers.add(new QualifierRow(qualification, perQuarter, perYear, total));
            }
            List<Condition> mine = conditions.stream().filter(c -> c.qualification().equals(qualification.code())
                    && (c.state() == ConditionState.OVERDUE || !c.dueOn().isAfter(yearAhead))).toList();
            if (!mine.isEmpty()) {
                long expectedYear = expected.stream().filter(e -> e.qualification().equals(qualification.code())
                        && !e.expectedOn().isBefore(today) && !e.expectedOn().isAfter(yearAhead)).mapToLong(Expected::people).sum();
                gaps.add(new GapRow(qualification, sum(mine, null), sum(mine, ConditionState.MET), sum(mine, ConditionState.ON_TRACK),
                        sum(mine, ConditionState.LATE), sum(mine, ConditionState.NOT_STARTED), sum(mine, ConditionState.OVERDUE), expectedYear));
            }
        }
        gaps.sort(Comparator.comparingLong(GapRow::gap).reversed().thenComparing(g -> g.qualification().name()));

        List<AgencyRow> rows = new ArrayList<>();
        for (Agency agency : agencies) {
            Registered counts = registered.stream().filter(r -> r.agency() == agency.id()).findFirst()
                    .orElse(new Registered(agency.id(), 0, 0, 0));
            long expectedYear = expected.stream().filter(e -> e.agency() == agency.id() && !e.expectedOn().isBefore(today)
                    && !e.expectedOn().isAfter(yearAhead)).mapToLong(Expected::people).sum();
            long atRisk = conditions.stream().filter(c -> c.agency() == agency.id() && c.state().atRisk()
                    && (c.state() == ConditionState.OVERDUE || !c.dueOn().isAfter(yearAhead))).mapToLong(Condition::people).sum();
            if (counts.workingTowards() + counts.registered() + expectedYear + atRisk == 0) {
                continue;
            }
            for (String network : agency.networks().isEmpty() ? Set.of("") : agency.networks()) {
                rows.add(new AgencyRow(network, agency, counts.workingTowards(), expectedYear, counts.registered(), atRisk, counts.renewalsDue()));
            }
        }
        rows.sort(Comparator.comparing(AgencyRow::network).thenComparing(r -> r.agency().name()));
        return new Report(today, quarters, years, qualifiers, rows, gaps);
    }

    private static long sum(List<Condition> conditions, ConditionState state) {
        return conditions.stream().filter(c -> state == null || c.state() == state).mapToLong(Condition::people).sum();
    }

    /** The last day counted: the end of the last quarter shown. */
    static LocalDate horizon(LocalDate today) {
        Quarter quarter = Quarter.of(today);
        for (int i = 1; i < QUARTERS; i++) {
            quarter = quarter.next();
        }
        return quarter.endExclusive().minusDays(1);
    }
}
