package org.learningnetwork.actionlearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningnetwork.platform.RejectedException;

class SetRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static String key(RejectedException e) {
        return e.getProblems().get(0).messageKey();
    }

    @Test
    void anApplicationWaitsForTheManagerOrForAPlaceAndAnOpenCommunityTakesPeopleIn() throws RejectedException {
        assertEquals(MemberStatus.AWAITING_MANAGER, SetRules.asked(Joining.APPLICATION, false, null, true));
        assertEquals(MemberStatus.APPLIED, SetRules.asked(Joining.APPLICATION, false, null, false));
        assertEquals(MemberStatus.MEMBER, SetRules.asked(Joining.OPEN, false, null, true));
        // Asking again after leaving or being declined starts afresh.
        assertEquals(MemberStatus.APPLIED, SetRules.asked(Joining.APPLICATION, false, MemberStatus.LEFT, false));
        assertEquals(MemberStatus.MEMBER, SetRules.asked(Joining.OPEN, false, MemberStatus.DECLINED, false));
    }

    @Test
    void askingIsRefusedWhenClosedByInvitationOnlyOrAlreadyInOrWaiting() {
        assertEquals("set.closed", key(assertThrows(RejectedException.class, () -> SetRules.asked(Joining.OPEN, true, null, false))));
        assertEquals("set.byInvitation", key(assertThrows(RejectedException.class, () -> SetRules.asked(Joining.INVITATION, false, null, false))));
        assertEquals("set.alreadyMember", key(assertThrows(RejectedException.class,
                () -> SetRules.asked(Joining.APPLICATION, false, MemberStatus.MEMBER, false))));
        for (MemberStatus waiting : List.of(MemberStatus.AWAITING_MANAGER, MemberStatus.APPLIED, MemberStatus.INVITED)) {
            assertEquals("set.alreadyAsked", key(assertThrows(RejectedException.class, () -> SetRules.asked(Joining.OPEN, false, waiting, true))));
        }
    }

    @Test
    void invitationsGoToThoseNotInOrWaiting() throws RejectedException {
        SetRules.invitable(false, null);
        SetRules.invitable(false, MemberStatus.LEFT);
        SetRules.invitable(false, MemberStatus.DECLINED);
        assertEquals("set.invite.member", key(assertThrows(RejectedException.class, () -> SetRules.invitable(false, MemberStatus.MEMBER))));
        assertEquals("set.invite.waiting", key(assertThrows(RejectedException.class, () -> SetRules.invitable(false, MemberStatus.APPLIED))));
        assertEquals("set.closed", key(assertThrows(RejectedException.class, () -> SetRules.invitable(true, null))));
    }

    @Test
    void aPlaceIsFreeBelowTheLimitAndAlwaysWithoutOne() throws RejectedException {
        SetRules.placeFree(8, 7);
        SetRules.placeFree(null, 500);
        RejectedException full = assertThrows(RejectedException.class, () -> SetRules.placeFree(8, 8));
        assertEquals("set.full", key(full));
        assertEquals(List.of("8"), full.getProblems().get(0).arguments());
    }

    @Test
    void aMonthlySeriesKeepsTheWeekdayOfTheWeekOfTheMonthAndTheLocalTimeAcrossClockChanges() {
        // The second Tuesday of March 2027, 14:00; the clocks go forward on 28 March.
        LocalDateTime first = LocalDateTime.of(2027, 3, 9, 14, 0);
        List<SetRules.Slot> slots = SetRules.series(first, 3, Cadence.MONTHLY, 120, LONDON);
        assertEquals(List.of(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11)),
                slots.stream().map(s -> LocalDate.ofInstant(s.startsAt(), LONDON)).toList());
        assertEquals(Instant.parse("2027-03-09T14:00:00Z"), slots.get(0).startsAt());
        assertEquals(Instant.parse("2027-04-13T13:00:00Z"), slots.get(1).startsAt());
        assertEquals(Instant.parse("2027-04-13T15:00:00Z"), slots.get(1).endsAt());
    }

    @Test
    void aFirstMeetingInAMonthsFifthWeekRecursOnItsLastSuchWeekday() {
        // 30 March 2027 is the fifth Tuesday; April has four (the last on the 27th).
        List<SetRules.Slot> slots = SetRules.series(LocalDateTime.of(2027, 3, 30, 10, 0), 2, Cadence.MONTHLY, 60, LONDON);
        assertEquals(LocalDate.of(2027, 4, 27), LocalDate.ofInstant(slots.get(1).startsAt(), LONDON));
    }

    @Test
    void weeklyAndFortnightlySeries() {
        LocalDateTime first = LocalDateTime.of(2027, 1, 6, 9, 30);
        assertEquals(LocalDate.of(2027, 1, 13), LocalDate.ofInstant(SetRules.series(first, 2, Cadence.WEEKLY, 60, LONDON).get(1).startsAt(), LONDON));
        assertEquals(LocalDate.of(2027, 1, 20),
                LocalDate.ofInstant(SetRules.series(first, 2, Cadence.FORTNIGHTLY, 60, LONDON).get(1).startsAt(), LONDON));
    }

    @Test
    void aSeriesStartsInTheFutureWithOneToTwentyFourMeetings() {
        Instant now = Instant.parse("2027-01-01T12:00:00Z");
        assertEquals(List.of("set.series.first.required", "set.series.count.range", "set.series.cadence.required"),
                SetRules.seriesProblems(null, null, null, now, LONDON).stream().map(p -> p.messageKey()).toList());
        assertEquals(List.of("set.series.first.past", "set.series.count.range"),
                SetRules.seriesProblems(LocalDateTime.of(2027, 1, 1, 11, 0), 25, Cadence.MONTHLY, now, LONDON).stream()
                        .map(p -> p.messageKey()).toList());
        assertEquals(List.of(), SetRules.seriesProblems(LocalDateTime.of(2027, 1, 2, 11, 0), 24, Cadence.MONTHLY, now, LONDON));
    }

    @Test
    void questionnairesFallDueAtEachCheckpointOnceWhileAMemberAndNotLongAfter() {
        LocalDate joined = LocalDate.of(2026, 1, 10);
        Period open = Period.ofDays(21);
        List<Checkpoint> checkpoints = Checkpoint.DEFAULT;
        assertEquals(List.of(Checkpoint.AT_JOINING), QuestionnaireRules.due(joined, MemberStatus.MEMBER, checkpoints, List.of(), joined, open));
        assertEquals(List.of(), QuestionnaireRules.due(joined, MemberStatus.MEMBER, checkpoints, List.of("JOIN"), joined, open));
        assertEquals(List.of(Checkpoint.THREE_MONTHS),
                QuestionnaireRules.due(joined, MemberStatus.MEMBER, checkpoints, List.of("JOIN"), LocalDate.of(2026, 4, 12), open));
        // Past the time a request stays open, a missed checkpoint is not asked late.
        assertEquals(List.of(), QuestionnaireRules.due(joined, MemberStatus.MEMBER, checkpoints, List.of("JOIN"), LocalDate.of(2026, 5, 1), open));
        assertEquals(List.of(), QuestionnaireRules.due(joined, MemberStatus.LEFT, checkpoints, List.of(), joined, open));
        assertEquals(List.of(), QuestionnaireRules.due(null, MemberStatus.MEMBER, checkpoints, List.of(), joined, open));
    }

    @Test
    void checkpointsAreStoredByCodeInOrder() {
        assertEquals("JOIN,P3M,P6M,P12M", Checkpoint.format(List.of(Checkpoint.TWELVE_MONTHS, Checkpoint.AT_JOINING, Checkpoint.THREE_MONTHS,
                Checkpoint.SIX_MONTHS, Checkpoint.AT_JOINING)));
        assertEquals(List.of(Checkpoint.AT_JOINING, Checkpoint.TWENTY_FOUR_MONTHS), Checkpoint.parse("P24M, JOIN"));
        assertEquals(List.of(), Checkpoint.parse(""));
    }

    @Test
    void aFacilitatorIsEstablishedOnceTrainedWithFourMeetingsSince() {
        assertEquals(4, new FacilitatorRules.Standing(null, 0, 0).meetingsToGo());
        FacilitatorRules.Standing trained = new FacilitatorRules.Standing(LocalDate.of(2026, 1, 1), 1, 3);
        assertEquals(true, trained.isTrained());
        assertEquals(false, trained.isEstablished());
        assertEquals(1, trained.meetingsToGo());
        assertEquals(true, new FacilitatorRules.Standing(LocalDate.of(2026, 1, 1), 2, 4).isEstablished());
        assertEquals(false, new FacilitatorRules.Standing(null, 2, 9).isEstablished());
    }
}
