package org.learningnetwork.booking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The rules of a fair allocation of a note-of-interest session's places, apart from the database so that they
 * can be checked on their own.
 *
 * <ol>
 *   <li>A tie-break number for everyone: the applicants in booking order, shuffled by {@link Random} with the
 *       recorded seed ({@code Random}'s sequence is fixed by the Java specification, so a seed gives the same
 *       order on any server).</li>
 *   <li>Priority order: the manager's stated need (essential, important, development, not stated); then those
 *       whose prerequisites are recent (completed within a year of the session); then those not placed on this
 *       course before; then the tie-break number.</li>
 *   <li>Places in that order, but no agency gets more than its share of the places, nor any workforce group
 *       (each share at least one place); someone over a quota is passed over for now.</li>
 *   <li>Places still left then go to those passed over, in the same order: no place stays empty for a quota.</li>
 * </ol>
 */
public final class Allocator {

    private Allocator() {
    }

    /** One applicant as the allocation sees them; {@code group} is {@code null} when they have none. */
    public record Candidate(long bookingId, long agency, Long group, NeedLevel need, boolean prerequisitesRecent,
                            boolean placedBefore) {
    }

    /** An applicant's place in the priority order (from 1), tie-break number (from 1) and outcome. */
    public record Result(Candidate candidate, int rank, int tieBreak, AllocationOutcome outcome) {
    }

    /** The most places one agency or group may have with this share (per cent) of {@code places}: at least one. */
    public static int cap(int places, int sharePercent) {
        return Math.max(1, places * sharePercent / 100);
    }

    public static List<Result> allocate(List<Candidate> candidates, int places, int agencyShare, int groupShare, long seed) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        shuffled.sort(Comparator.comparingLong(Candidate::bookingId));
        Collections.shuffle(shuffled, new Random(seed));
        Map<Candidate, Integer> tieBreak = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            tieBreak.put(shuffled.get(i), i + 1);
        }
        List<Candidate> order = new ArrayList<>(shuffled);
        order.sort(Comparator.<Candidate>comparingInt(c -> -NeedLevel.weight(c.need()))
                .thenComparing(c -> !c.prerequisitesRecent())
                .thenComparing(Candidate::placedBefore)
                .thenComparingInt(tieBreak::get));

        int agencyCap = cap(places, agencyShare);
        int groupCap = cap(places, groupShare);
        Map<Long, Integer> perAgency = new HashMap<>();
        Map<Long, Integer> perGroup = new HashMap<>();
        AllocationOutcome[] outcomes = new AllocationOutcome[order.size()];
        int placed = 0;
        for (int i = 0; i < order.size(); i++) {
            Candidate c = order.get(i);
            if (placed >= places) {
                outcomes[i] = AllocationOutcome.NO_PLACE_LEFT;
            } else if (perAgency.getOrDefault(c.agency(), 0) >= agencyCap) {
                outcomes[i] = AllocationOutcome.AGENCY_QUOTA_FULL;
            } else if (c.group() != null && perGroup.getOrDefault(c.group(), 0) >= groupCap) {
                outcomes[i] = AllocationOutcome.GROUP_QUOTA_FULL;
            } else {
                outcomes[i] = AllocationOutcome.PLACED;
                perAgency.merge(c.agency(), 1, Integer::sum);
                if (c.group() != null) {
                    perGroup.merge(c.group(), 1, Integer::sum);
                }
                placed++;
            }
        }
        for (int i = 0; i < order.size() && placed < places; i++) {
            if (outcomes[i] == AllocationOutcome.AGENCY_QUOTA_FULL || outcomes[i] == AllocationOutcome.GROUP_QUOTA_FULL) {
                outcomes[i] = AllocationOutcome.PLACED_BEYOND_QUOTA;
                placed++;
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            results.add(new Result(order.get(i), i + 1, tieBreak.get(order.get(i)), outcomes[i]));
        }
        return results;
    }
}
