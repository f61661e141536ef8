package org.learningnetwork.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TeamFiguresTest {

    @Test
    void answersAreShownAsMeansAndSharesOverEnoughPeople() {
        TeamFigures team = new TeamFigures(9, 6, 7, 2, 1, 26, 6, 12, 6, 4, 5, 1, 2);
        assertEquals(new BigDecimal("4.3"), team.meanSatisfaction(5));
        assertEquals(new BigDecimal("2.0"), team.confidenceChange(5));
        assertEquals(80, team.learnersPracticeChanged(5));
        assertEquals(50, team.managerPracticeChanged(), "the manager's own answers, whatever their number");
        assertFalse(team.isEmpty());
    }

    @Test
    void tooFewAnswersShowNothing() {
        TeamFigures small = new TeamFigures(3, 2, 2, 0, 0, 9, 2, 3, 2, 1, 2, 0, 0);
        assertNull(small.meanSatisfaction(5));
        assertNull(small.confidenceChange(5));
        assertNull(small.learnersPracticeChanged(5));
        assertNull(small.managerPracticeChanged());
        assertTrue(TeamFigures.tooFew(2, 5));
        assertFalse(TeamFigures.tooFew(0, 5), "none is not too few: there is nothing to show");
    }

    @Test
    void aQuietMonthIsEmpty() {
        assertTrue(new TeamFigures(4, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0).isEmpty());
    }
}
