package org.learningnetwork.figures;

import jakarta.enterprise.context.Dependent;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * Figures about a handful of people identify them (one learner from an agency: their attendance, their satisfaction),
 * so a cell whose value is about fewer than {@code learningnetwork.reporting.smallest-count} people (5 unless set, at
 * least 2), but some, is not shown ("primary suppression"). A column of a breakdown whose rows add up to a total shown
 * elsewhere would still give one hidden cell away by subtraction, so where a column hides exactly one cell, the next
 * smallest cell about people is withheld too ("secondary suppression"). Pure: the screens, downloads and report packs
 * all ask here.
 */
public final class SmallNumbers {

    public static final Setting<Integer> SMALLEST_COUNT = Setting.number("learningnetwork.reporting.smallest-count", 5, 2, 1000);

    private SmallNumbers() {
    }

    /** The smallest number of people a figure may be about, from the server's setting. */
    public static int threshold() {
        return SMALLEST_COUNT.get();
    }

    /** Whether a figure about {@code people} is too small to show ({@code null}: not about people, always shown). */
    public static boolean small(Integer people, int threshold) {
        return people != null && people > 0 && people < threshold;
    }

    /**
     * The cells of one column to withhold besides the small ones: when exactly one cell is small, the smallest other cell
     * about people (the first in the column's order among equals), so that the total does not give the small one away.
     * {@code people} gives each row's number of people in the column's order; rows about nobody never count.
     */
    public static <R> Set<R> secondary(Map<R, Integer> people, int threshold) {
        List<R> small = people.entrySet().stream().filter(e -> small(e.getValue(), threshold)).map(Map.Entry::getKey).toList();
        if (small.size() != 1) {
            return Set.of();
        }
        Optional<R> next = people.entrySet().stream()
                .filter(e -> !e.getKey().equals(small.get(0)) && e.getValue() != null && e.getValue() > 0)
                .min(Comparator.comparing(Map.Entry::getValue)).map(Map.Entry::getKey);
        Set<R> withheld = new LinkedHashSet<>();
        next.ifPresent(withheld::add);
        return withheld;
    }

    /** The suppression setting, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
