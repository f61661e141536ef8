package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.LearningNeed;
import org.learningnetwork.pathway.LearningNeedService;
import org.learningnetwork.pathway.NeedPriority;
import org.learningnetwork.pathway.NeedSource;
import org.learningnetwork.pathway.NeedStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.retention.RetentionSweep;
import org.learningnetwork.retention.SubjectAccessService;

/**
 * Learning needs agreed in supervision and appraisal: the person and their line manager record and follow them, nobody
 * else reads them (another manager is answered as if there were no one; the learning team is refused), bad input is
 * refused field by field with nothing written, a need met is closed and kept two years, and the needs are in the
 * person's subject access copy but not in that of the manager who recorded them.
 */
@ExtendWith(ArquillianExtension.class)
class LearningNeedServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private LearningNeedService needs;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private RetentionSweep sweep;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Learner learner;

    @Inject
    private AsRole.Manager manager;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Dpo dpo;

    private Organisation agency;
    private Person boss;
    private Person staff;

    @BeforeEach
    void setUp() {
        agency = data.organisation("Fife");
        boss = data.person(agency, null, null);
        staff = data.person(agency, null, boss);
        data.signIn(Role.MANAGER, boss);
        data.signIn(Role.LEARNER, staff);
        data.signIn(Role.COORDINATOR, data.person(agency, null, null));
        data.signIn(Role.DPO, data.person(agency, null, null));
    }

    private static LearningNeed form(String what, LocalDate agreedOn, LocalDate targetOn) {
        LearningNeed need = new LearningNeed();
        need.setNeed(what);
        need.setAgreedIn(NeedSource.SUPERVISION);
        need.setAgreedOn(agreedOn);
        need.setTargetOn(targetOn);
        need.setPriority(NeedPriority.HIGH);
        return need;
    }

    @Test
    void thePersonAndTheirManagerRecordAndFollowNeedsAndNobodyElseReadsThem() throws Exception {
        LocalDate today = LocalDate.now();
        LearningNeed own = learner.call(() -> needs.save(null, form("Writing chronologies", today.minusDays(3), today.plusMonths(4)),
                "CHILD_PROTECTION", null));
        assertEquals(staff.getId(), own.getPerson().getId());
        assertEquals(staff.getId(), own.getRecordedBy().getId());
        LearningNeed byManager = manager.call(() -> needs.save(staff.getId(), form("Coercive control", today, null), "VAWG", null));
        assertEquals(boss.getId(), byManager.getRecordedBy().getId());

        LearningNeedService.Plan mine = learner.call(() -> needs.mine());
        assertEquals(Set.of("Writing chronologies", "Coercive control"), mine.open().stream().map(LearningNeed::getNeed).collect(Collectors.toSet()));
        LearningNeedService.Plan seen = manager.call(() -> needs.of(staff.getId()));
        assertEquals(2, seen.needs().size());
        assertEquals(1L, data.count("select count(*) from audit_entry where action = 'VIEWED' and target_type = 'Person' and target_id = "
                + staff.getId() + " and detail = 'learningNeeds'"), "a manager's reading is audited");

        // Someone else's manager, and the learning team, do not read them.
        Person otherBoss = data.person(agency, null, null);
        data.signIn(Role.MANAGER, otherBoss);
        assertThrows(NotFoundException.class, () -> manager.call(() -> needs.of(staff.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> needs.need(own.getId())));
        assertThrows(NotFoundException.class, () -> manager.call(() -> needs.save(staff.getId(), form("Sneaky", today, null), null, null)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> needs.of(staff.getId())));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> needs.need(own.getId())));
        assertEquals(2L, data.count("select count(*) from learning_need where person_id = " + staff.getId()), "nothing written");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        LocalDate today = LocalDate.now();
        LearningNeed bad = form(" ", today.plusDays(1), today.minusDays(1));
        bad.setAgreedIn(null);
        RejectedException refused = assertThrows(RejectedException.class, () -> learner.call(() -> needs.save(null, bad, "NO_SUCH", -5L)));
        assertEquals(Set.of("need", "agreedIn", "agreedOn", "targetOn", "strand", "course"),
                refused.getProblems().stream().map(RejectedException.Problem::field).collect(Collectors.toSet()));
        assertEquals(0L, data.count("select count(*) from learning_need where person_id = " + staff.getId()));

        LearningNeed saved = learner.call(() -> needs.save(null, form("Risk framework", today, null), null, null));
        LearningNeed stale = learner.call(() -> needs.need(saved.getId()));
        LearningNeed fresh = learner.call(() -> needs.need(saved.getId()));
        fresh.setStatus(NeedStatus.IN_PROGRESS);
        learner.call(() -> needs.save(null, fresh, null, null));
        stale.setStatus(NeedStatus.DROPPED);
        RejectedException meanwhile = assertThrows(RejectedException.class, () -> learner.call(() -> needs.save(null, stale, null, null)));
        assertEquals("need.changedMeanwhile", meanwhile.getProblems().get(0).messageKey());
        assertEquals("IN_PROGRESS", data.value("select status from learning_need where id = " + saved.getId()));
    }

    @Test
    void aNeedMetIsClosedKeptTwoYearsAndInThePersonsOwnCopyOnly() throws Exception {
        LocalDate today = LocalDate.now();
        LearningNeed need = manager.call(() -> needs.save(staff.getId(), form("Trauma-informed supervision", today.minusMonths(2), null),
                "TRAUMA", null));
        LearningNeed open = learner.call(() -> needs.save(null, form("Still open", today, null), null, null));
        LearningNeed meeting = learner.call(() -> needs.need(need.getId()));
        meeting.setStatus(NeedStatus.MET);
        LearningNeed met = learner.call(() -> needs.save(null, meeting, "TRAUMA", null));
        assertNotNull(met.getClosedAt());
        met.setStatus(NeedStatus.IN_PROGRESS);
        assertNull(learner.call(() -> needs.save(null, met, "TRAUMA", null)).getClosedAt(), "open again");
        LearningNeed again = learner.call(() -> needs.need(need.getId()));
        again.setStatus(NeedStatus.MET);
        learner.call(() -> needs.save(null, again, "TRAUMA", null));

        JsonObject own = read(dpo.call(() -> subjectAccess.of(staff.getId()))).getJsonObject("tables");
        assertEquals(Set.of("Trauma-informed supervision", "Still open"), own.getJsonArray("learning_need").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("need")).collect(Collectors.toSet()));
        JsonObject recorders = read(dpo.call(() -> subjectAccess.of(boss.getId()))).getJsonObject("tables");
        assertTrue(!recorders.containsKey("learning_need") || recorders.getJsonArray("learning_need").isEmpty(),
                "the manager who recorded it does not get another person's supervision");

        // Closed two years and a day ago: the sweep deletes it; the open one stays.
        data.execute("update learning_need set closed_at = closed_at - interval '731' day where id = " + need.getId());
        dpo.call(() -> sweep.runNow(false));
        assertEquals(List.of(open.getId()), data.ids("select id from learning_need where person_id = " + staff.getId()));
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
