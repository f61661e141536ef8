package org.learningnetwork.distribution;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.learningnetwork.access.Roles;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.notification.Outbox;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;
import org.learningnetwork.platform.Tokens;
import org.learningnetwork.security.Callers;

/**
 * The course distribution list (seed 002): news of upcoming learning, e-mailed by the learning team to the people
 * who asked for it. A signed-in person joins only by explicit consent (the words they agreed to are kept with it)
 * and leaves at any time from My learning, or from the link in every message, without signing in. Joining and
 * leaving are audited; so is each message sent.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class DistributionListService {

    /** What a person agrees to by joining, shown beside the box they tick and kept with their consent. */
    public static String consentText() {
        return ResourceBundle.getBundle("org.learningnetwork.distribution.distribution", Locale.UK).getString("consent");
    }

    /** What following a leave link found. */
    public enum LinkState { MEMBER, ALREADY_LEFT, UNKNOWN }

    private static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @EJB
    private AuditLog audit;

    /** The signed-in person's current membership, if they are on the list. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public Optional<DistributionMember> mine() {
        return Callers.personId(em, context.getCallerPrincipal()).flatMap(this::current);
    }

    /**
     * The signed-in person joins, if they tick the consent box ({@code consent}; otherwise refused on that field,
     * {@code distribution.consent.required}). Already on the list: {@code distribution.already}.
     */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public DistributionMember join(boolean consent) throws RejectedException {
        Person me = Callers.person(em, context.getCallerPrincipal())
                .orElseThrow(() -> new RejectedException(null, "distribution.noPerson"));
        if (!consent) {
            throw new RejectedException("consent", "distribution.consent.required");
        }
        // One join at a time per person, so that two clicks make one membership.
        em.lock(em.find(Person.class, me.getId()), LockModeType.PESSIMISTIC_WRITE);
        if (current(me.getId()).isPresent()) {
            throw new RejectedException(null, "distribution.already");
        }
        DistributionMember member = new DistributionMember(me, consentText(), clock.instant());
        em.persist(member);
        em.flush();
        audit.record(AuditAction.CREATED, "DistributionMember", member.getId(), "consent.given");
        return member;
    }

    /** The signed-in person leaves the list; not on it: {@code distribution.notMember}. */
    @RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.COORDINATOR, Roles.FACILITATOR, Roles.COMMITTEE, Roles.DPO, Roles.ADMIN})
    public void leave() throws RejectedException {
        DistributionMember member = mine().orElseThrow(() -> new RejectedException(null, "distribution.notMember"));
        withdraw(member, DistributionMember.Withdrawal.PERSON, "consent.withdrawn");
    }

    /** Where a leave link stands: its member still on the list, already left, or no such link. */
    @PermitAll
    public LinkState linkState(String token) {
        return link(token).map(l -> l.getMember().isCurrent() ? LinkState.MEMBER : LinkState.ALREADY_LEFT).orElse(LinkState.UNKNOWN);
    }

    /**
     * Leaves the list by the link in a message, without signing in. An unknown link is refused
     * ({@code distribution.link.unknown}); one whose member has already left changes nothing.
     */
    @PermitAll
    public LinkState leaveByLink(String token) throws RejectedException {
        DistributionLeaveLink link = link(token).orElseThrow(() -> new RejectedException(null, "distribution.link.unknown"));
        DistributionMember member = em.find(DistributionMember.class, link.getMember().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!member.isCurrent()) {
            return LinkState.ALREADY_LEFT;
        }
        withdraw(member, DistributionMember.Withdrawal.LINK, "consent.withdrawn.link");
        return LinkState.MEMBER;
    }

    /** How many people are on the list now. */
    public long memberCount() {
        return em.createQuery("select count(m) from DistributionMember m where m.withdrawnAt is null", Long.class).getSingleResult();
    }

    /** The messages sent to the list, newest first. */
    public List<DistributionMessage> sent(int max) {
        return em.createQuery("select m from DistributionMessage m order by m.sentAt desc, m.id desc", DistributionMessage.class)
                .setMaxResults(max).getResultList();
    }

    /**
     * Sends a message to everyone on the list: a subject (up to 200 characters) and text (up to 5,000) are required,
     * each problem on its field; an empty list is refused ({@code distribution.noMembers}). Each e-mail ends with
     * that member's own link to leave.
     */
    public DistributionMessage send(String subject, String body) throws RejectedException {
        List<Problem> problems = new ArrayList<>();
        String title = Text.clean(subject);
        String text = body == null || body.isBlank() ? null : body.strip();
        if (title == null || title.length() > DistributionMessage.SUBJECT_MAX) {
            problems.add(new Problem("subject", "distribution.subject.invalid"));
        }
        if (text == null || text.length() > DistributionMessage.BODY_MAX) {
            problems.add(new Problem("body", "distribution.body.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
        if (memberCount() == 0) {
            throw new RejectedException(null, "distribution.noMembers");
        }
        Long account = Callers.accountId(em, context.getCallerPrincipal()).orElse(null);
        DistributionMessage message = new DistributionMessage(title, text, clock.instant(), account);
        em.persist(message);
        int sent = 0;
        long after = 0;
        List<DistributionMember> page;
        do {
            page = em.createQuery("select m from DistributionMember m join fetch m.person where m.withdrawnAt is null and m.id > :after"
                    + " order by m.id", DistributionMember.class).setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (DistributionMember member : page) {
                String token = Tokens.newToken();
                em.persist(new DistributionLeaveLink(token, member, message));
                outbox.queue(MailKind.DISTRIBUTION, null, member.getPerson().getWorkEmail(), title, withLeaveLink(text, token), null);
                sent++;
                after = member.getId();
            }
            em.flush();
        } while (page.size() == PAGE);
        message.sentTo(sent);
        audit.record(AuditAction.CREATED, "DistributionMessage", message.getId(), "distribution.sent");
        return message;
    }

    private static String withLeaveLink(String text, String token) {
        String link = Installation.baseUrl() + "/leave-list.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return text + org.learningnetwork.notification.MailText.texts().getString("mail.DISTRIBUTION.footer")
                .replace("{link}", link);
    }

    /** The person's membership, if they are on the list; their person read with it (one statement, not two). */
    private Optional<DistributionMember> current(long personId) {
        return em.createQuery("select m from DistributionMember m join fetch m.person where m.person.id = :person and m.withdrawnAt is null",
                DistributionMember.class).setParameter("person", personId).getResultStream().findFirst();
    }

    private Optional<DistributionLeaveLink> link(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(DistributionLeaveLink.class, Tokens.digest(token.strip())));
    }

    private void withdraw(DistributionMember member, DistributionMember.Withdrawal how, String detail) {
        member.withdraw(how, clock.instant());
        audit.record(AuditAction.CHANGED, "DistributionMember", member.getId(), detail);
    }
}
