package org.learningnetwork.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The rules of a course's cost (seed 002): learning is free unless the committee agreed a cost; learning that is
 * charged for or commissioned needs the Chief Officers Group's approval as well, after the committee's agreement.
 * A course with a cost can be saved while the approvals are awaited, but nobody can book it until both are recorded.
 */
public final class CostRules {

    /**
     * A course's cost as the learning team recorded it.
     *
     * @param pence       the cost per place, {@code null} or 0 when free
     * @param basis       who pays, when there is a cost
     * @param committee   the code of the committee that agreed the cost
     * @param agreedOn    when the committee agreed it
     * @param approvedOn  when the Chief Officers Group approved it
     */
    public record Cost(Integer pence, CostBasis basis, String committee, LocalDate agreedOn, LocalDate approvedOn) {

        public boolean isFree() {
            return pence == null || pence == 0;
        }
    }

    private CostRules() {
    }

    /**
     * What is wrong with the cost as recorded, by field; none when it can be saved. {@code committeeAgrees}: the
     * committee named (if any) is one that agrees costs, not the Chief Officers Group, which approves them.
     */
    public static List<Problem> problems(Cost cost, boolean committeeAgrees, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (cost.isFree()) {
            if (cost.basis() != null || cost.committee() != null || cost.agreedOn() != null || cost.approvedOn() != null) {
                problems.add(new Problem("cost", "course.cost.approvalWithoutCost"));
            }
            return problems;
        }
        if (cost.basis() == null) {
            problems.add(new Problem("costBasis", "course.costBasis.required"));
        }
        if (cost.committee() != null && !committeeAgrees) {
            problems.add(new Problem("costCommittee", "course.costCommittee.notChiefOfficers"));
        }
        if (cost.agreedOn() != null && cost.committee() == null) {
            problems.add(new Problem("costCommittee", "course.costCommittee.required"));
        }
        if (cost.agreedOn() != null && cost.agreedOn().isAfter(today)) {
            problems.add(new Problem("costAgreedOn", "course.costAgreedOn.future"));
        }
        if (cost.approvedOn() != null) {
            if (cost.approvedOn().isAfter(today)) {
                problems.add(new Problem("costApprovedOn", "course.costApprovedOn.future"));
            } else if (cost.agreedOn() == null) {
                problems.add(new Problem("costApprovedOn", "course.costApprovedOn.beforeAgreement"));
            } else if (cost.approvedOn().isBefore(cost.agreedOn())) {
                problems.add(new Problem("costApprovedOn", "course.costApprovedOn.beforeAgreement"));
            }
        }
        return problems;
    }

    /** Whether people may book the course as far as its cost goes: it is free, or its cost was agreed and approved. */
    public static boolean approved(Cost cost) {
        return cost.isFree() || cost.basis() != null && cost.committee() != null && cost.agreedOn() != null
                && cost.approvedOn() != null;
    }
}
