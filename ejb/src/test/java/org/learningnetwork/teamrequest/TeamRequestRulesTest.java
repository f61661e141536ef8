package org.learningnetwork.teamrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.teamrequest.TeamRequestRules.Draft;

class TeamRequestRulesTest {

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void aRequestNamesACourseOrATopicAndASizeForItsMembers() {
        assertEquals(List.of(), keys(TeamRequestRules.check(new Draft(12L, null, 8, "Any Tuesday in March", null, 6, true))));
        assertEquals(List.of(), keys(TeamRequestRules.check(new Draft(null, "Hoarding and self-neglect", 8, null, null, 0, true))));
        assertEquals(List.of("teamRequest.topic.required", "teamRequest.teamSize.range"),
                keys(TeamRequestRules.check(new Draft(null, "  ", null, null, null, 0, true))));
        assertEquals(List.of("teamRequest.teamSize.range"), keys(TeamRequestRules.check(new Draft(12L, null, 201, null, null, 0, true))));
        assertEquals(List.of("teamRequest.teamSize.belowMembers"), keys(TeamRequestRules.check(new Draft(12L, null, 3, null, null, 4, true))));
        assertEquals(List.of("teamRequest.members.notStaff"), keys(TeamRequestRules.check(new Draft(12L, null, 3, null, null, 1, false))));
        assertEquals(List.of("teamRequest.topic.size", "teamRequest.datesThatSuit.size", "teamRequest.notes.size"),
                keys(TeamRequestRules.check(new Draft(null, "t".repeat(301), 5, "d".repeat(501), "n".repeat(1001), 0, true))));
    }

    @Test
    void theLearningTeamAnswersOnlyWhatIsOpenDeclinesWithAReasonAndSchedulesTheCourseAskedFor() {
        assertEquals(List.of(), keys(TeamRequestRules.answer(TeamRequestStatus.REQUESTED, TeamRequestStatus.ACCEPTED, null, null, null, false)));
        assertEquals(List.of("teamRequest.response.required"),
                keys(TeamRequestRules.answer(TeamRequestStatus.REQUESTED, TeamRequestStatus.DECLINED, " ", null, null, false)));
        assertEquals(List.of("teamRequest.session.required"),
                keys(TeamRequestRules.answer(TeamRequestStatus.ACCEPTED, TeamRequestStatus.SCHEDULED, null, null, 12L, false)));
        assertEquals(List.of("teamRequest.session.otherCourse"),
                keys(TeamRequestRules.answer(TeamRequestStatus.REQUESTED, TeamRequestStatus.SCHEDULED, null, 13L, 12L, true)));
        assertEquals(List.of(), keys(TeamRequestRules.answer(TeamRequestStatus.REQUESTED, TeamRequestStatus.SCHEDULED, null, 13L, null, true)),
                "a topic of the manager's own: any course's session");
        assertEquals(List.of("teamRequest.status.SCHEDULED"),
                keys(TeamRequestRules.answer(TeamRequestStatus.SCHEDULED, TeamRequestStatus.DECLINED, "Too late", null, null, false)));
    }

    @Test
    void onlyOpenRequestsMoveOn() {
        assertTrue(TeamRequestStatus.ACCEPTED.canMoveTo(TeamRequestStatus.SCHEDULED));
        assertFalse(TeamRequestStatus.DECLINED.canMoveTo(TeamRequestStatus.ACCEPTED));
        assertFalse(TeamRequestStatus.WITHDRAWN.isOpen());
        assertTrue(TeamRequestStatus.ACCEPTED.isOpen());
    }
}
