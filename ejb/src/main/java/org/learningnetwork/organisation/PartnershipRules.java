package org.learningnetwork.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * What is wrong with a partnership as the learning team would save it: it serves at least one council area, each one
 * known and served by no other partnership (an area's people would otherwise be in two partnerships' figures and two
 * coordinators' lists), and no other partnership has its name.
 */
public final class PartnershipRules {

    private PartnershipRules() {
    }

    /**
     * @param nameTaken       whether another partnership has the name already
     * @param chosen          the council areas chosen, by GSS code
     * @param known           every council area's GSS code
     * @param servedElsewhere the chosen areas another partnership serves: GSS code to the area's and partnership's names
     */
    public static List<Problem> problems(boolean nameTaken, Set<String> chosen, Set<String> known, Map<String, List<String>> servedElsewhere) {
        List<Problem> problems = new ArrayList<>();
        if (nameTaken) {
            problems.add(new Problem("name", "partnership.name.taken"));
        }
        if (chosen.isEmpty()) {
            problems.add(new Problem("areas", "partnership.areas.required"));
        } else if (!known.containsAll(chosen)) {
            problems.add(new Problem("areas", "partnership.areas.unknown"));
        } else if (!servedElsewhere.isEmpty()) {
            List<String> first = servedElsewhere.values().stream().sorted((a, b) -> a.get(0).compareTo(b.get(0))).findFirst().orElseThrow();
            problems.add(new Problem("areas", "partnership.areas.taken", first));
        }
        return problems;
    }
}
