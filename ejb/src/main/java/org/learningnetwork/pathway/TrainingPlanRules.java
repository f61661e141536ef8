package org.learningnetwork.pathway;

import java.time.LocalDate;
import java.time.Month;
import org.learningnetwork.pathway.PathwayRules.Standing;

/**
 * The rules of the training-needs analysis: when in a financial year (April to March, in quarters) a person's
 * standing or an agreed learning need asks for a place, and how many sessions a course needs added per quarter so
 * that every place asked for in a quarter is there by then. Places a quarter does not use are still there for people
 * asking later in the year, never earlier; a session added gives a course's usual number of places.
 */
public final class TrainingPlanRules {

    /** The quarters of a financial year. */
    public static final int QUARTERS = 4;

    private TrainingPlanRules() {
    }

    /** A financial year, named by the calendar year it starts in: 2027 runs from 1 April 2027 to 31 March 2028. */
    public record Year(int startYear) {

        /** The financial year a day falls in. */
        public static Year of(LocalDate day) {
            return new Year(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
        }

        public LocalDate start() {
            return LocalDate.of(startYear, Month.APRIL, 1);
        }

        /** The first day after the year. */
        public LocalDate end() {
            return start().plusYears(1);
        }

        /** The first day of a quarter (0 to 3). */
        public LocalDate quarterStart(int quarter) {
            return start().plusMonths(3L * quarter);
        }

        /** The quarter (0 to 3) a day falls in, or -1 outside the year. */
        public int quarterOf(LocalDate day) {
            if (day.isBefore(start()) || !day.isBefore(end())) {
                return -1;
            }
            return (int) (java.time.temporal.ChronoUnit.MONTHS.between(start().withDayOfMonth(1), day.withDayOfMonth(1)) / 3);
        }

        /** "2027-28". */
        public String label() {
            return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        }
    }

    /**
     * The quarter of the year in which a person's standing on a requirement asks for a place: at once (the first
     * quarter) when it is overdue, not started or falls due before the year begins; the quarter it falls due in
     * within the year; none (-1) when it is met beyond the year or for good.
     */
    public static int demandQuarter(Standing standing, Year year) {
        return switch (standing.state()) {
            case OVERDUE, NOT_STARTED -> 0;
            case DUE_SOON, MET -> standing.dueOn() == null ? -1 : dueQuarter(standing.dueOn(), year);
        };
    }

    /**
     * The quarter in which an agreed learning need asks for a place: the quarter of its target date within the year,
     * the first quarter when it has none or it is before the year, none (-1) when it is after the year.
     */
    public static int needQuarter(LocalDate targetOn, Year year) {
        return targetOn == null ? 0 : dueQuarter(targetOn, year);
    }

    private static int dueQuarter(LocalDate due, Year year) {
        if (due.isBefore(year.start())) {
            return 0;
        }
        return year.quarterOf(due);
    }

    /**
     * The sessions to add in each quarter: enough that the places asked for by the end of each quarter are there by
     * then, counting the places already in the calendar in that quarter and those left over from earlier ones.
     *
     * @param demand   places asked for, per quarter
     * @param places   places already in the calendar (not yet taken), per quarter
     * @param capacity the places a session added gives (at least 1)
     */
    public static int[] sessionsToAdd(int[] demand, int[] places, int capacity) {
        if (demand.length != QUARTERS || places.length != QUARTERS) {
            throw new IllegalArgumentException("four quarters");
        }
        int size = Math.max(1, capacity);
        int[] add = new int[QUARTERS];
        int spare = 0;
        for (int q = 0; q < QUARTERS; q++) {
            int available = spare + places[q];
            if (available >= demand[q]) {
                spare = available - demand[q];
            } else {
                int shortfall = demand[q] - available;
                add[q] = (shortfall + size - 1) / size;
                spare = add[q] * size - shortfall;
            }
        }
        return add;
    }
}
