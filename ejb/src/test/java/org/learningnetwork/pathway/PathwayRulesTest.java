package org.learningnetwork.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.pathway.PathwayRules.Completion;
import org.learningnetwork.pathway.PathwayRules.Requirement;
import org.learningnetwork.pathway.PathwayRules.Standing;

class PathwayRulesTest {

    private static final long GENERAL = 1;
    private static final long GENERAL_ELEARNING = 2;
    private static final long RETIRED_GENERAL = 3;
    private static final long OTHER = 9;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final int WINDOW = 90;

    /** Child protection, general: every three years, by the course or its e-learning. */
    private static final Requirement EVERY_THREE_YEARS = new Requirement(Set.of(GENERAL, GENERAL_ELEARNING), 36);
    private static final Requirement ONCE = new Requirement(Set.of(GENERAL), null);

    private static Standing standing(Requirement requirement, Completion... records) {
        return PathwayRules.standing(requirement, List.of(records), TODAY, WINDOW);
    }

    private static Completion done(long course, LocalDate on) {
        return new Completion(course, on, true);
    }

    @Test
    void nothingDoneIsNotStarted() {
        assertEquals(Standing.NOT_STARTED, standing(EVERY_THREE_YEARS));
        assertEquals(PathwayState.NOT_STARTED, standing(EVERY_THREE_YEARS, done(OTHER, TODAY.minusDays(3))).state(),
                "a course the requirement does not accept");
        assertEquals(PathwayState.NOT_STARTED, standing(EVERY_THREE_YEARS, new Completion(GENERAL, TODAY.minusDays(3), false)).state(),
                "attended in part does not complete");
    }

    @Test
    void metUntilTheDayItIsDueAndOverdueFromTheNext() {
        LocalDate done = LocalDate.of(2024, 3, 10);
        Standing met = standing(EVERY_THREE_YEARS, done(GENERAL, done));
        assertEquals(PathwayState.MET, met.state());
        assertEquals(LocalDate.of(2027, 3, 10), met.dueOn());

        LocalDate dueOn = TODAY;
        Standing lastDay = standing(EVERY_THREE_YEARS, done(GENERAL, dueOn.minusMonths(36)));
        assertEquals(PathwayState.DUE_SOON, lastDay.state(), "the day it is due it is still met");
        assertEquals(dueOn, lastDay.dueOn());
        Standing dayAfter = standing(EVERY_THREE_YEARS, done(GENERAL, dueOn.minusMonths(36).minusDays(1)));
        assertEquals(PathwayState.OVERDUE, dayAfter.state());
        assertEquals(dueOn.minusDays(1), dayAfter.dueOn());
    }

    @Test
    void dueSoonFromTheStartOfTheWindow() {
        LocalDate windowStarts = TODAY;
        LocalDate dueOn = windowStarts.plusDays(WINDOW);
        assertEquals(PathwayState.DUE_SOON, standing(EVERY_THREE_YEARS, done(GENERAL, dueOn.minusMonths(36))).state());
        assertEquals(PathwayState.MET, standing(EVERY_THREE_YEARS, done(GENERAL, dueOn.plusDays(1).minusMonths(36))).state(),
                "a day before the window opens");
        assertEquals(PathwayState.MET, PathwayRules.standing(EVERY_THREE_YEARS, List.of(done(GENERAL, dueOn.minusMonths(36))), TODAY, 0)
                .state(), "no window: met until it is due");
    }

    @Test
    void theMonthsEndOnTheLastDayOfAShorterMonth() {
        Standing standing = standing(new Requirement(Set.of(GENERAL), 12), done(GENERAL, LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2025, 2, 28), standing.dueOn());
        assertEquals(PathwayState.OVERDUE, standing.state());
    }

    @Test
    void withoutARefreshIntervalOnceIsEnough() {
        Standing standing = standing(ONCE, done(GENERAL, LocalDate.of(2009, 1, 1)));
        assertEquals(PathwayState.MET, standing.state());
        assertNull(standing.dueOn());
    }

    @Test
    void anyAcceptedCourseAndTheLatestCompletionCounts() {
        Completion old = done(GENERAL, LocalDate.of(2020, 5, 1));
        Completion elearning = done(GENERAL_ELEARNING, LocalDate.of(2025, 6, 1));
        Standing standing = standing(EVERY_THREE_YEARS, old, elearning, done(OTHER, LocalDate.of(2026, 1, 1)));
        assertEquals(PathwayState.MET, standing.state());
        assertEquals(elearning, standing.completion());
        assertEquals(LocalDate.of(2028, 6, 1), standing.dueOn());
    }

    @Test
    void aRetiredCourseStillCountsWhereItsReplacementIsListedBesideIt() {
        Requirement replaced = new Requirement(Set.of(GENERAL, RETIRED_GENERAL), 36);
        assertEquals(PathwayState.MET, standing(replaced, done(RETIRED_GENERAL, LocalDate.of(2025, 1, 1))).state());
        Requirement notListed = new Requirement(Set.of(GENERAL), 36);
        assertEquals(PathwayState.NOT_STARTED, standing(notListed, done(RETIRED_GENERAL, LocalDate.of(2025, 1, 1))).state(),
                "once the learning team takes the old course off the requirement, it no longer counts");
    }

    @Test
    void aChangeOfRoleKeepsWhatWasDoneAndNewRequirementsStartAtNotStarted() {
        List<Completion> history = List.of(done(GENERAL, LocalDate.of(2025, 9, 1)));
        Requirement oldRole = EVERY_THREE_YEARS;
        Requirement newRole = new Requirement(Set.of(OTHER), 24);
        assertEquals(PathwayState.MET, PathwayRules.standing(oldRole, history, TODAY, WINDOW).state());
        assertEquals(PathwayState.NOT_STARTED, PathwayRules.standing(newRole, history, TODAY, WINDOW).state());
    }

    @Test
    void aRecordDatedAfterTodayDoesNotCountYet() {
        assertEquals(PathwayState.NOT_STARTED, standing(EVERY_THREE_YEARS, done(GENERAL, TODAY.plusDays(1))).state());
    }

    @Test
    void statesOrderWorstFirstAndSayWhatIsAGap() {
        assertEquals(List.of(PathwayState.OVERDUE, PathwayState.NOT_STARTED, PathwayState.DUE_SOON, PathwayState.MET),
                List.of(PathwayState.values()));
        assertEquals(List.of(true, true, false, false), List.of(PathwayState.values()).stream().map(PathwayState::isGap).toList());
        assertEquals(List.of(false, false, true, true), List.of(PathwayState.values()).stream().map(PathwayState::isMet).toList());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Requirement(Set.of(GENERAL), 0));
        assertThrows(IllegalArgumentException.class, () -> PathwayRules.standing(ONCE, List.of(), TODAY, -1));
    }
}
