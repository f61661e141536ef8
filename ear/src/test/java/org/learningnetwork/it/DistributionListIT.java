package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.distribution.DistributionListService;
import org.learningnetwork.distribution.DistributionMember;
import org.learningnetwork.distribution.DistributionMessage;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.RecordType;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.RetentionSweepRun;

/**
 * The course distribution list: joining needs the consent box ticked, and keeps the words agreed to; each message
 * reaches the people on the list with their own link to leave, which works without signing in, once; leaving from
 * My learning works too; a membership ended a year ago is deleted by the sweep; only the learning team sends.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionListIT {

    private static final Pattern LEAVE_LINK = Pattern.compile("/leave-list\\.xhtml\\?token=([A-Za-z0-9_%-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private DistributionListService list;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private AuditLog audit;

    @Inject
    private TestData data;

    @Inject
    private Delivered delivered;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Dpo dpo;

    @Test
    void consentIsExplicitAndEveryMessageCarriesAWorkingLinkToLeave() throws Exception {
        Person person = data.person(data.organisation("Fife"), null, null);
        data.signIn(Role.LEARNER, person);
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Fife"), null, null));

        assertEquals(List.of("consent:distribution.consent.required"), problems(learner, () -> list.join(false)));
        assertTrue(learner.call(() -> list.mine()).isEmpty(), "no consent, no membership");
        DistributionMember member = learner.call(() -> list.join(true));
        assertEquals(DistributionListService.consentText(), member.getConsentText());
        assertTrue(member.getConsentText().startsWith("I agree to Learning Network e-mailing me"), member.getConsentText());
        assertEquals(List.of("null:distribution.already"), problems(learner, () -> list.join(true)));
        AuditEntry joined = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(AuditAction.CREATED, "DistributionMember", member.getId(), "consent.given"),
                List.of(joined.getAction(), joined.getTargetType(), joined.getTargetId(), joined.getDetail()));

        assertEquals(List.of("subject:distribution.subject.invalid", "body:distribution.body.invalid"),
                problems(coordinator, () -> list.send(" ", "")));
        assertEquals(List.of("body:distribution.body.invalid"), problems(coordinator, () -> list.send("Too long", "x".repeat(5001))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> list.send("News", "Text")));
        long members = coordinator.call(() -> list.memberCount());
        DistributionMessage sent = coordinator.call(() -> list.send("New: trauma-informed practice", "Sessions open in March."));
        assertEquals(members, sent.getRecipients());
        org.learningnetwork.notification.OutboxMail mail = data.outboxTo(person.getWorkEmail()).stream()
                .filter(m -> m.getKind() == org.learningnetwork.notification.MailKind.DISTRIBUTION).reduce((a, b) -> b).orElseThrow();
        assertTrue(mail.getBody().startsWith("Sessions open in March."), mail.getBody());
        String token = delivered.token(mail, LEAVE_LINK);
        assertEquals(0, data.count("select count(*) from distribution_leave_link where token_hash = '" + token + "'"),
                "only the digest is kept");

        assertEquals(DistributionListService.LinkState.MEMBER, list.linkState(token));
        assertEquals(DistributionListService.LinkState.MEMBER, list.leaveByLink(token));
        assertTrue(learner.call(() -> list.mine()).isEmpty(), "left by the link, without signing in");
        assertEquals(DistributionListService.LinkState.ALREADY_LEFT, list.leaveByLink(token), "a second use changes nothing");
        assertEquals(DistributionListService.LinkState.UNKNOWN, list.linkState(token.substring(1)));
        assertThrows(RejectedException.class, () -> list.leaveByLink("not-a-link"));
        assertEquals(List.of("null:distribution.notMember"), problems(learner, () -> {
            list.leave();
            return null;
        }));

        // Joined again, left from My learning.
        learner.call(() -> list.join(true));
        learner.call(() -> {
            list.leave();
            return null;
        });
        assertEquals(2, data.count("select count(*) from distribution_member where withdrawn_at is not null and person_id = " + person.getId()));
    }

    @Test
    void aMembershipEndedAYearAgoIsDeletedWithItsLinksAndAnActiveOneStays() throws Exception {
        Person leaver = data.person(data.organisation("Fife"), null, null);
        Person stayer = data.person(data.organisation("Fife"), null, null);
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Fife"), null, null));
        data.signIn(Role.LEARNER, leaver);
        DistributionMember left = learner.call(() -> list.join(true));
        data.signIn(Role.LEARNER, stayer);
        DistributionMember staying = learner.call(() -> list.join(true));
        coordinator.call(() -> list.send("Spring programme", "The spring programme is out."));
        data.signIn(Role.LEARNER, leaver);
        learner.call(() -> {
            list.leave();
            return null;
        });
        data.execute("update distribution_member set withdrawn_at = ? where id = ?",
                Instant.now().minus(400, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), left.getId());

        RetentionSweepRun run = dpo.call(() -> sweep.runNow(false));
        assertTrue(run.count(RecordType.DISTRIBUTION_LIST).getDone() >= 1);
        assertEquals(0, data.count("select count(*) from distribution_member where id = " + left.getId()));
        assertEquals(0, data.count("select count(*) from distribution_leave_link where member_id = " + left.getId()));
        assertEquals(1, data.count("select count(*) from distribution_member where withdrawn_at is null and id = " + staying.getId()));
        assertTrue(data.count("select count(*) from distribution_leave_link where member_id = " + staying.getId()) > 0);
    }

    private static List<String> problems(AsRole role, Callable<?> change) {
        RejectedException rejected = assertThrows(RejectedException.class, () -> role.call(change));
        return rejected.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
