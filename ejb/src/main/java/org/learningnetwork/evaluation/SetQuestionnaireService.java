package org.learningnetwork.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.actionlearning.Checkpoint;
import org.learningnetwork.actionlearning.MemberStatus;
import org.learningnetwork.actionlearning.QuestionnaireRules;
import org.learningnetwork.actionlearning.SetMember;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;

/**
 * The daily work of the impact evaluation job for action learning: each member of a set is asked the set's
 * longitudinal questionnaire at joining and at its checkpoints after, and their line manager too where the set asks
 * (an active one with a work address), through the evaluation engine's requests, reminders and closing. Each call
 * does only what is due, so running it twice changes nothing more; it is reached by the job and by no screen or API.
 */
@Stateless
@PermitAll
public class SetQuestionnaireService {

    /** The longest checkpoint after joining, so that older memberships are not read every day. */
    private static final Period LONGEST = Period.ofMonths(24);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EvaluationIssuer issuer;

    /** The next {@code max} members after {@code afterMemberId}, in id order, with a questionnaire due today. */
    public List<Long> due(long afterMemberId, int max) {
        LocalDate today = today();
        List<Long> due = new ArrayList<>();
        long after = afterMemberId;
        while (due.size() < max) {
            List<SetMember> members = em.createQuery("select m from SetMember m join fetch m.set where m.id > :after and m.status = :member"
                            + " and m.joinedOn >= :earliest order by m.id", SetMember.class).setParameter("after", after)
                    .setParameter("member", MemberStatus.MEMBER).setParameter("earliest", today.minus(LONGEST).minusDays(60))
                    .setMaxResults(200).getResultList();
            if (members.isEmpty()) {
                break;
            }
            for (SetMember member : members) {
                if (due.size() < max && !dueFor(member, today).isEmpty()) {
                    due.add(member.getId());
                }
                after = member.getId();
            }
        }
        return due;
    }

    /** Issues the member's questionnaires due today (and their line manager's); those issued already are left as they are. */
    public void issue(long memberId) {
        SetMember member = em.find(SetMember.class, memberId);
        if (member == null) {
            return;
        }
        Instant now = clock.instant();
        QuestionSet learnerSet = issuer.set(EvaluationPurpose.ACTION_LEARNING, Respondent.LEARNER);
        for (Checkpoint checkpoint : dueFor(member, today())) {
            issuer.issue(member, learnerSet, member.getPerson(), checkpoint.code(), MailKind.SET_QUESTIONNAIRE, now);
            Person manager = member.getPerson().getLineManager();
            if (member.getSet().isAskManagers() && manager != null && manager.isActive() && manager.getWorkEmail() != null) {
                issuer.issue(member, issuer.set(EvaluationPurpose.ACTION_LEARNING, Respondent.MANAGER), manager, checkpoint.code(),
                        MailKind.SET_QUESTIONNAIRE_MANAGER, now);
            }
        }
    }

    private List<Checkpoint> dueFor(SetMember member, LocalDate today) {
        Set<String> asked = new HashSet<>(em.createQuery("select r.followUp from EvaluationRequest r where r.setMember = :member"
                + " and r.questionSet.respondent = :learner", String.class).setParameter("member", member)
                .setParameter("learner", Respondent.LEARNER).getResultList());
        return QuestionnaireRules.due(member.getJoinedOn(), member.getStatus(), member.getSet().getCheckpoints(), asked, today,
                Period.ofDays((int) EvaluationSettings.openFor().toDays()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Installation.zone()));
    }
}
