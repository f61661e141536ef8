package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditEntry;
import org.learningnetwork.audit.AuditHash;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.audit.ChainReport;
import org.learningnetwork.people.Person;
import org.learningnetwork.people.PersonService;
import org.learningnetwork.platform.PageRequest;

/**
 * The audit log is append-only and tamper-evident: entries follow one another without gaps whatever the
 * concurrency, and a row changed, removed or re-linked in the database is found by the check of the chain.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private AuditLog audit;

    @Inject
    private TestData data;

    @Inject
    private PersonService people;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Dpo dpo;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Admin admin;

    @Test
    void entriesAreChainedAndAnyChangeToTheStoredRowsIsFound() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Fife"), null, null));
        AuditEntry first = coordinator.call(() -> audit.record(AuditAction.VIEWED, "Person", 41L, null));
        AuditEntry second = coordinator.call(() -> audit.record(AuditAction.EXPORTED, "CourseSession", 7L, "roster.csv"));
        AuditEntry third = coordinator.call(() -> audit.record(AuditAction.CHANGED, "RetentionRule", 3L, null));
        assertEquals(first.getId() + 1, second.getId());
        assertEquals(second.getId() + 1, third.getId());
        assertEquals(first.getHash(), second.getPreviousHash());
        assertEquals(data.accountId("it-run-as-coordinator"), first.getActorAccountId(), "the actor is the account, by id");
        assertIntact();

        // A changed detail: the entry no longer matches its hash.
        data.execute("update audit_entry set detail = ? where id = ?", "roster.xlsx", second.getId());
        assertBroken(second.getId(), "audit.chain.altered");
        data.execute("update audit_entry set detail = ? where id = ?", "roster.csv", second.getId());
        assertIntact();

        // A changed actor with its hash made again (by someone who knows how): the entry after it no longer follows.
        String forged = AuditHash.of(second.getId(), second.getOccurredAt(), null, second.getAction(), second.getTargetType(),
                second.getTargetId(), second.getDetail(), second.getPreviousHash());
        data.execute("update audit_entry set actor_account_id = null, hash = ? where id = ?", forged, second.getId());
        assertBroken(third.getId(), "audit.chain.relinked");
        data.execute("update audit_entry set actor_account_id = ?, hash = ? where id = ?", first.getActorAccountId(),
                second.getHash(), second.getId());
        assertIntact();

        // A row removed in the middle, then the last one.
        data.execute("delete from audit_entry where id = ?", second.getId());
        assertBroken(third.getId(), "audit.chain.missing");
        restore(second);
        assertIntact();
        AuditEntry last = coordinator.call(() -> audit.record(AuditAction.VIEWED, "Person", 42L, null));
        data.execute("delete from audit_entry where id = ?", last.getId());
        ChainReport truncated = dpo.call(() -> audit.verify());
        assertEquals("audit.chain.truncated", truncated.problem());
        assertNull(truncated.brokenAt());
        restore(last);
        assertIntact();
    }

    @Test
    void entriesWrittenAtOnceFollowOneAnotherWithoutGaps() throws Exception {
        long before = dpo.call(() -> audit.count());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long target = t;
                results.add(threads.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        ids.add(audit.record(AuditAction.ANONYMISED, "Person", target, "retention.sweep").getId());
                    }
                    return ids;
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                ids.addAll(result.get());
            }
            assertEquals(200, ids.stream().distinct().count());
            List<Long> sorted = ids.stream().sorted().collect(Collectors.toList());
            assertEquals(sorted.get(0) + 199, sorted.get(199), "no gaps");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(before + 200, dpo.call(() -> audit.count()));
        AuditEntry latest = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertNull(latest.getActorAccountId(), "the application's own work has no actor");
        assertIntact();
    }

    @Test
    void lookingAtChangingAndDeactivatingAPersonIsRecordedWithoutTheirPersonalData() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Fife"), null, null));
        Long coordinatorAccount = data.accountId("it-run-as-coordinator");
        Person someone = data.person(data.organisation("Fife"), null, null);
        Person seen = coordinator.call(() -> people.find(someone.getId()));
        assertLatest(AuditAction.VIEWED, someone.getId(), null, coordinatorAccount);
        seen.setJobTitle("Senior practitioner");
        coordinator.call(() -> people.save(seen, seen.getOrganisation().getId(), null, java.util.Map.of()));
        assertLatest(AuditAction.CHANGED, someone.getId(), null, coordinatorAccount);
        coordinator.call(() -> {
            people.deactivate(someone.getId());
            return null;
        });
        assertLatest(AuditAction.CHANGED, someone.getId(), "deactivated", coordinatorAccount);
        AuditEntry entry = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        String stored = String.join("|", entry.getTargetType(), String.valueOf(entry.getDetail()), entry.getAction().name());
        assertFalse(stored.contains(someone.getFamilyName()) || stored.contains(someone.getWorkEmail()), stored);
    }

    private void assertLatest(AuditAction action, long personId, String detail, Long actor) throws Exception {
        AuditEntry latest = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(action, "Person", personId, String.valueOf(detail), actor),
                List.of(latest.getAction(), latest.getTargetType(), latest.getTargetId(), String.valueOf(latest.getDetail()),
                        latest.getActorAccountId()));
    }

    @Test
    void onlyTheDataProtectionOfficerAndAdministratorsReadOrCheckTheLog() throws Exception {
        assertThrows(EJBAccessException.class, () -> learner.call(() -> audit.verify()));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> audit.entries(new PageRequest(0, 10))));
        assertThrows(IllegalArgumentException.class, () -> unwrap(() -> coordinator.call(
                () -> audit.record(AuditAction.VIEWED, "", 1L, null))));
        assertTrue(admin.call(() -> audit.verify()).intact());
    }

    private void restore(AuditEntry entry) {
        data.execute("insert into audit_entry (id, occurred_at, actor_account_id, action, target_type, target_id, detail,"
                        + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.getId(),
                java.sql.Timestamp.from(entry.getOccurredAt()), entry.getActorAccountId(), entry.getAction().name(),
                entry.getTargetType(), entry.getTargetId(), entry.getDetail(), entry.getPreviousHash(), entry.getHash());
    }

    private void assertIntact() throws Exception {
        ChainReport report = dpo.call(() -> audit.verify());
        assertTrue(report.intact(), report.toString());
        assertTrue(report.anchored(), "the tests' server signs the chain with a key of its configuration");
        assertTrue(report.checked() > 0);
    }

    private void assertBroken(Long at, String problem) throws Exception {
        ChainReport report = dpo.call(() -> audit.verify());
        assertEquals(new ChainReport(false, report.checked(), at, problem, true), report);
    }

    @Test
    void aChainRewrittenInTheDatabaseIsFoundByTheSignatureOfTheServersKey() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Fife"), null, null));
        coordinator.call(() -> audit.record(AuditAction.VIEWED, "Person", 51L, null));
        AuditEntry last = coordinator.call(() -> audit.record(AuditAction.EXPORTED, "CourseSession", 8L, "roster.csv"));
        assertIntact();

        // Someone who can write to the database and knows the hash function rewrites the last entry, its hash and the
        // head: every hash in the database agrees, but the head is not signed with the server's key.
        String forged = AuditHash.of(last.getId(), last.getOccurredAt(), last.getActorAccountId(), last.getAction(),
                last.getTargetType(), last.getTargetId(), "roster.xlsx", last.getPreviousHash());
        data.execute("update audit_entry set detail = ?, hash = ? where id = ?", "roster.xlsx", forged, last.getId());
        data.execute("update audit_chain set last_hash = ?", forged);
        assertBroken(null, "audit.chain.unsigned");
        data.execute("update audit_entry set detail = ?, hash = ? where id = ?", last.getDetail(), last.getHash(), last.getId());
        data.execute("update audit_chain set last_hash = ?", last.getHash());
        assertIntact();

        // Removing the signature is found too; the chain is anchored again at the next start, and that is recorded.
        String signature = (String) data.value("select head_mac from audit_chain");
        data.execute("update audit_chain set head_mac = null");
        assertBroken(null, "audit.chain.unanchored");
        assertTrue(audit.anchor());
        assertFalse(audit.anchor(), "once");
        AuditEntry anchored = dpo.call(() -> audit.entries(new PageRequest(0, 1))).rows().get(0);
        assertEquals(List.of(AuditAction.CHANGED, "AuditChain", "anchored"), List.of(anchored.getAction(), anchored.getTargetType(),
                anchored.getDetail()));
        assertIntact();
        assertFalse(signature.equals(data.value("select head_mac from audit_chain")), "signed anew, for the new head");
    }

    /** The cause of an EJB exception, as the caller's code sees it. */
    private static void unwrap(org.junit.jupiter.api.function.Executable call) throws Throwable {
        try {
            call.execute();
        } catch (jakarta.ejb.EJBException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }
}
