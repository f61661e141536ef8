package org.learningnetwork.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.platform.Constraints;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Positions;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.reference.Strand;

/**
 * The learning team keeps the committees ({@link Committee}): adds one (its code made from its name, never changed),
 * changes its name, kind and strands at the version read, orders them, and retires one that stands down or brings it
 * back. A change is refused field by field, nothing stored; every change is in the audit log.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CommitteeAdminService {

    /** A committee with the number of addresses on its list and of accounts that read its figures. */
    public record Listed(Committee committee, long recipients, long viewers) {
    }

    /**
     * What a committee is to be: its name, kind, strands (by code), and whether its pack has a workforce section and an
     * action-learning section.
     */
    public record Draft(String name, CommitteeKind kind, Set<String> strandCodes, boolean workforceSection, boolean actionLearningSection) {

        public Draft(String name, CommitteeKind kind, Set<String> strandCodes) {
            this(name, kind, strandCodes, false, false);
        }

        public Draft(String name, CommitteeKind kind, Set<String> strandCodes, boolean workforceSection) {
            this(name, kind, strandCodes, workforceSection, false);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    /** Every committee in order, retired ones too, with its list and readers counted. */
    public List<Listed> all() {
        List<Listed> listed = new ArrayList<>();
        for (Committee committee : em.createQuery("select c from Committee c order by c.displayOrder, c.code", Committee.class)
                .getResultList()) {
            listed.add(new Listed(committee, count("select count(*) from committee_recipient where committee_code = ?", committee),
                    count("select count(*) from user_account_committee where committee_code = ?", committee)));
        }
        return listed;
    }

    private long count(String sql, Committee committee) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, committee.getCode()).getSingleResult()).longValue();
    }

    /** The committees that agree the cost of learning, in order: active ones that are not the Chief Officers Group. */
    public List<Committee> agreeingCosts() {
        return em.createQuery("select c from Committee c where c.active = true and c.kind <> :approves order by c.displayOrder, c.code",
                Committee.class).setParameter("approves", CommitteeKind.CHIEF_OFFICERS).getResultList();
    }

    public Committee find(String code) throws NotFoundException {
        Committee committee = code == null ? null : em.find(Committee.class, code);
        if (committee == null) {
            throw new NotFoundException("Committee", code);
        }
        committee.getStrands();
        return committee;
    }

    /** Adds a committee at the end of the list. */
    public Committee add(@NotNull Draft draft) throws RejectedException {
        // One change to the list at a time, so that two committees added at once get different places and codes.
        em.createNativeQuery("select code from committee for update").getResultList();
        int last = em.createQuery("select coalesce(max(c.displayOrder), 0) from Committee c", Integer.class).getSingleResult();
        Committee committee = new Committee(CommitteeCodes.of(draft.name(), code -> em.find(Committee.class, code) != null), last + 1);
        apply(committee, draft);
        Committee added = Constraints.store(em, validator, committee, null, problems(committee, draft));
        audit.record(AuditAction.CREATED, "Committee", null, added.getCode());
        return added;
    }

    /** Changes a committee's name, kind and strands, as read at {@code version}. */
    public Committee change(String code, long version, @NotNull Draft draft) throws RejectedException, NotFoundException {
        Committee committee = find(code);
        if (committee.getVersion() != version) {
            throw new OptimisticLockException("The committee has changed since it was read");
        }
        List<Problem> problems = problems(committee, draft);
        apply(committee, draft);
        // Refused whole, the change made to the committee is rolled back with the transaction.
        problems.addAll(Constraints.problems(validator, committee));
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        em.flush();
        audit.record(AuditAction.CHANGED, "Committee", null, committee.getCode());
        return committee;
    }

    /** Retires a committee (no new figures or packs; its history stays), or brings it back. */
    public void retire(String code, boolean retired) throws NotFoundException, RejectedException {
        Committee committee = find(code);
        if (!retired && committee.getKind() == CommitteeKind.CHIEF_OFFICERS && otherChiefOfficers(committee).isPresent()) {
            throw new RejectedException(null, "committee.kind.oneChiefOfficers");
        }
        committee.setActive(!retired);
        audit.record(AuditAction.CHANGED, "Committee", null, committee.getCode() + (retired ? " retired" : " active"));
    }

    /** Moves a committee up ({@code by} -1) or down (+1) the list, which orders every screen and report. */
    public void move(String code, int by) throws NotFoundException {
        Committee committee = find(code);
        List<Committee> ordered = em.createQuery("select c from Committee c order by c.displayOrder, c.code", Committee.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Positions.move(ordered, committee, by, 1, Committee::setDisplayOrder);
    }

    private void apply(Committee committee, Draft draft) {
        committee.setName(draft.name());
        committee.setKind(draft.kind());
        committee.setWorkforceSection(draft.workforceSection());
        committee.setActionLearningSection(draft.actionLearningSection());
        Constraints.all(em, Strand.class, draft.strandCodes()).ifPresent(committee::setStrands);
    }

    private List<Problem> problems(Committee committee, Draft draft) {
        List<Problem> problems = new ArrayList<>();
        String name = draft.name() == null ? null : draft.name().strip();
        if (name != null && !name.isEmpty() && !em.createQuery("select c.code from Committee c where lower(c.name) = :name"
                        + " and c.code <> :code", String.class).setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("code", committee.getCode()).setFlushMode(FlushModeType.COMMIT).getResultList().isEmpty()) {
            problems.add(new Problem("name", "committee.name.taken"));
        }
        if (draft.kind() == CommitteeKind.CHIEF_OFFICERS && committee.isActive() && otherChiefOfficers(committee).isPresent()) {
            problems.add(new Problem("kind", "committee.kind.oneChiefOfficers"));
        }
        if (draft.strandCodes() == null || draft.strandCodes().isEmpty()) {
            problems.add(new Problem("strands", "committee.strands.required"));
        } else if (Constraints.all(em, Strand.class, draft.strandCodes()).isEmpty()) {
            problems.add(new Problem("strands", "committee.strands.unknown"));
        }
        return problems;
    }

    private Optional<Committee> otherChiefOfficers(Committee committee) {
        return em.createQuery("select c from Committee c where c.kind = :kind and c.active = true and c.code <> :code", Committee.class)
                .setParameter("kind", CommitteeKind.CHIEF_OFFICERS).setParameter("code", committee.getCode())
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }
}
