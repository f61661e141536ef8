package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningnetwork.booking.Allocator.Candidate;
import org.learningnetwork.booking.Allocator.Result;

class AllocatorTest {

    private static Candidate plain(long id, long agency) {
        return new Candidate(id, agency, null, null, false, false);
    }

    private static Map<Long, Result> byBooking(List<Result> results) {
        return results.stream().collect(Collectors.toMap(r -> r.candidate().bookingId(), Function.identity()));
    }

    @Test
    void statedNeedComesFirstThenRecentPrerequisitesThenNotPlacedBefore() {
        List<Candidate> candidates = List.of(
                new Candidate(1, 10, null, null, true, false),
                new Candidate(2, 11, null, NeedLevel.DEVELOPMENT, false, false),
                new Candidate(3, 12, null, NeedLevel.ESSENTIAL, false, true),
                new Candidate(4, 13, null, NeedLevel.ESSENTIAL, false, false),
                new Candidate(5, 14, null, NeedLevel.ESSENTIAL, true, true),
                new Candidate(6, 15, null, NeedLevel.IMPORTANT, false, false));
        List<Result> results = Allocator.allocate(candidates, 3, 100, 100, 42);
        assertEquals(List.of(5L, 4L, 3L, 6L, 2L, 1L), results.stream().map(r -> r.candidate().bookingId()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), results.stream().map(Result::rank).toList());
        assertEquals(List.of(AllocationOutcome.PLACED, AllocationOutcome.PLACED, AllocationOutcome.PLACED,
                AllocationOutcome.NO_PLACE_LEFT, AllocationOutcome.NO_PLACE_LEFT, AllocationOutcome.NO_PLACE_LEFT),
                results.stream().map(Result::outcome).toList());
    }

    @Test
    void theSameSeedGivesTheSameOrderWhateverTheInputOrderAndAnotherSeedUsuallyAnother() {
        List<Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            candidates.add(plain(id, id));
        }
        List<Long> first = Allocator.allocate(candidates, 10, 100, 100, 7).stream().map(r -> r.candidate().bookingId()).toList();
        List<Candidate> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        List<Long> again = Allocator.allocate(reversed, 10, 100, 100, 7).stream().map(r -> r.candidate().bookingId()).toList();
        List<Long> other = Allocator.allocate(candidates, 10, 100, 100, 8).stream().map(r -> r.candidate().bookingId()).toList();
        assertEquals(first, again);
        assertNotEquals(first, other);
        // Everyone is equal apart from the draw, so the order is the tie-break numbers' order.
        List<Result> results = Allocator.allocate(candidates, 10, 100, 100, 7);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList(), results.stream().map(Result::tieBreak).toList());
    }

    @Test
    void anAgencyOverItsShareIsPassedOverWhileOthersWaitThenGetsPlacesLeft() {
        // Ten places, at most half to one agency: agency 1 has eight essential applicants, agency 2 two.
        List<Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            candidates.add(new Candidate(id, 1, null, NeedLevel.ESSENTIAL, false, false));
        }
        candidates.add(plain(9, 2));
        candidates.add(plain(10, 2));
        Map<Long, Result> results = byBooking(Allocator.allocate(candidates, 10, 50, 100, 1));
        long withinQuota = results.values().stream().filter(r -> r.outcome() == AllocationOutcome.PLACED).count();
        long beyond = results.values().stream().filter(r -> r.outcome() == AllocationOutcome.PLACED_BEYOND_QUOTA).count();
        assertEquals(7, withinQuota, "five from agency 1, then both from agency 2");
        assertEquals(3, beyond, "the rest of agency 1 take the places left");
        assertEquals(AllocationOutcome.PLACED, results.get(9L).outcome());
        assertEquals(AllocationOutcome.PLACED, results.get(10L).outcome());
    }

    @Test
    void withFewPlacesTheQuotaKeepsOnePlaceForTheOtherAgency() {
        List<Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            candidates.add(new Candidate(id, 1, 100L, NeedLevel.ESSENTIAL, false, false));
        }
        candidates.add(new Candidate(6, 2, 200L, null, false, false));
        Map<Long, Result> results = byBooking(Allocator.allocate(candidates, 2, 50, 100, 3));
        assertEquals(AllocationOutcome.PLACED, results.get(6L).outcome());
        assertEquals(1, results.values().stream().filter(r -> r.candidate().agency() == 1 && r.outcome().isPlaced()).count());
        assertEquals(4, results.values().stream().filter(r -> r.outcome() == AllocationOutcome.AGENCY_QUOTA_FULL).count(),
                "the rest of agency 1 were passed over for the quota, and agency 2 took the last place");
        assertEquals(0, results.values().stream().filter(r -> r.outcome() == AllocationOutcome.NO_PLACE_LEFT).count());
    }

    @Test
    void workforceGroupQuotaAppliesAcrossAgencies() {
        List<Candidate> candidates = List.of(
                new Candidate(1, 1, 100L, NeedLevel.ESSENTIAL, false, false),
                new Candidate(2, 2, 100L, NeedLevel.ESSENTIAL, false, false),
                new Candidate(3, 3, 100L, NeedLevel.ESSENTIAL, false, false),
                new Candidate(4, 4, 200L, null, false, false));
        Map<Long, Result> results = byBooking(Allocator.allocate(candidates, 3, 100, 34, 5));
        assertEquals(AllocationOutcome.PLACED, results.get(4L).outcome());
        assertEquals(1, results.values().stream().filter(r -> r.outcome() == AllocationOutcome.GROUP_QUOTA_FULL).count());
        assertEquals(1, results.values().stream().filter(r -> r.outcome() == AllocationOutcome.PLACED_BEYOND_QUOTA).count());
    }

    @Test
    void noPlacesOrNoApplicants() {
        assertTrue(Allocator.allocate(List.of(), 5, 50, 50, 1).isEmpty());
        List<Result> none = Allocator.allocate(List.of(plain(1, 1), plain(2, 2)), 0, 50, 50, 1);
        assertTrue(none.stream().allMatch(r -> r.outcome() == AllocationOutcome.NO_PLACE_LEFT));
        assertEquals(1, Allocator.cap(1, 50));
        assertEquals(1, Allocator.cap(0, 50));
        assertEquals(5, Allocator.cap(10, 50));
        assertEquals(20, Allocator.cap(20, 100));
    }
}
