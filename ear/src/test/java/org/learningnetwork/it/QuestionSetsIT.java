package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.evaluation.EvaluationPurpose;
import org.learningnetwork.evaluation.Measure;
import org.learningnetwork.evaluation.Question;
import org.learningnetwork.evaluation.QuestionDraft;
import org.learningnetwork.evaluation.QuestionKind;
import org.learningnetwork.evaluation.QuestionSet;
import org.learningnetwork.evaluation.QuestionSetService;
import org.learningnetwork.evaluation.Respondent;
import org.learningnetwork.platform.RejectedException;

/**
 * The learning team edits a question set: every problem on its field with nothing saved; questions added, reordered
 * and removed, an answered one retired instead and keeping its kind; a stale edit refused; only the learning team.
 * Works on the line managers' follow-up set and leaves it as it was, apart from a retired question no longer asked.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionSetsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private QuestionSetService sets;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Coordinator coordinator;

    @Inject
    private AsRole.Learner learner;

    private QuestionSet managers() throws Exception {
        data.signIn(Role.COORDINATOR, data.person(data.organisation("Falkirk"), null, null));
        QuestionSet set = coordinator.call(() -> sets.all()).stream()
                .filter(s -> s.getPurpose() == EvaluationPurpose.FOLLOW_UP && s.getRespondent() == Respondent.MANAGER).findFirst().orElseThrow();
        return coordinator.call(() -> sets.find(set.getId()));
    }

    private static List<QuestionDraft> drafts(QuestionSet set) {
        List<QuestionDraft> drafts = new ArrayList<>();
        for (Question q : set.getQuestions()) {
            drafts.add(new QuestionDraft(q.getId(), q.getKind(), q.getLevel(), q.getMeasure(), q.getText(), String.join("\n", q.getOptions()),
                    q.isRequired(), false));
        }
        return drafts;
    }

    private QuestionSet save(QuestionSet set, String name, List<QuestionDraft> drafts) throws Exception {
        return coordinator.call(() -> sets.save(set.getId(), set.getVersion(), name, set.isAnonymous(), drafts));
    }

    @Test
    void theLearnersFollowUpAsksWhetherPeerSupportHeldThemBack() throws Exception {
        managers();
        QuestionSet learners = coordinator.call(() -> sets.all()).stream()
                .filter(s -> s.getPurpose() == EvaluationPurpose.FOLLOW_UP && s.getRespondent() == Respondent.LEARNER).findFirst().orElseThrow();
        List<String> barriers = coordinator.call(() -> sets.find(learners.getId())).getAsked().stream()
                .filter(q -> q.getMeasure() == org.learningnetwork.evaluation.Measure.BARRIERS).findFirst().orElseThrow().getOptions();
        assertEquals(List.of("Workplace culture", "Support from my manager", "Chance to apply it", "Workload or time", "Peer support",
                "Nothing has"), barriers);
    }

    @Test
    void badQuestionsAreRefusedOnTheirFieldsAndNothingIsSaved() throws Exception {
        QuestionSet set = managers();
        assertEquals(List.of("ACTION_LEARNING LEARNER", "ACTION_LEARNING MANAGER", "END_OF_COURSE LEARNER", "FOLLOW_UP LEARNER", "FOLLOW_UP MANAGER"),
                coordinator.call(() -> sets.all()).stream().map(s -> s.getPurpose() + " " + s.getRespondent()).sorted().toList(),
                "one set for each purpose and respondent");
        List<QuestionDraft> drafts = drafts(set);
        QuestionDraft first = drafts.get(0);
        drafts.set(0, new QuestionDraft(first.id(), QuestionKind.FREE_TEXT, first.level(), first.measure(), " ", null, true, false));
        drafts.add(new QuestionDraft(null, null, 5, null, "A new question", null, true, false));
        drafts.add(new QuestionDraft(null, QuestionKind.YES_NO, 3, Measure.SATISFACTION, "Mismatched measure", null, true, false));
        drafts.add(new QuestionDraft(null, QuestionKind.CHOICE, 3, null, "One option only", "Only one", false, false));
        drafts.add(new QuestionDraft(null, QuestionKind.CHOICE, 3, null, "A bar in an option", "This | that\nOther", false, false));
        RejectedException rejected = assertThrows(RejectedException.class, () -> save(set, "", drafts));
        int n = set.getQuestions().size();
        assertEquals(List.of("name questions.name.invalid", "questions:0:text questions.text.invalid",
                "questions:" + n + ":kind questions.kind.required", "questions:" + n + ":level questions.level.invalid",
                "questions:" + (n + 1) + ":measure questions.measure.kind", "questions:" + (n + 2) + ":options questions.options.invalid",
                "questions:" + (n + 3) + ":options questions.options.invalid"),
                rejected.getProblems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
        QuestionSet after = managers();
        assertEquals(set.getVersion(), after.getVersion());
        assertEquals(set.getQuestions().stream().map(Question::getText).toList(), after.getQuestions().stream().map(Question::getText).toList());
        assertEquals(QuestionKind.YES_NO, after.getQuestions().get(0).getKind(), "a saved question keeps its kind");

        List<QuestionDraft> none = drafts(set).stream().map(d -> new QuestionDraft(d.id(), d.kind(), d.level(), d.measure(), d.text(),
                d.options(), d.required(), true)).toList();
        assertEquals("null questions.none", assertThrows(RejectedException.class, () -> save(set, set.getName(), none))
                .getProblems().stream().map(p -> p.field() + " " + p.messageKey()).findFirst().orElseThrow());
        assertThrows(EJBAccessException.class, () -> learner.call(() -> sets.all()));
    }

    @Test
    void questionsAreAddedReorderedAndRemovedAndAnAnsweredOneIsRetired() throws Exception {
        QuestionSet set = managers();
        List<QuestionDraft> drafts = drafts(set);
        // A new question first, the rest after it.
        drafts.add(0, new QuestionDraft(null, QuestionKind.LIKERT, 4, null, "The team's practice has improved.", null, false, false));
        save(set, set.getName(), drafts);
        QuestionSet reloaded = managers();
        assertEquals(set.getVersion() + 1, reloaded.getVersion());
        assertEquals("The team's practice has improved.", reloaded.getAsked().get(0).getText());
        assertEquals(set.getAsked().size() + 1, reloaded.getAsked().size());
        assertTrue(data.count("select count(*) from audit_entry where target_type = 'QuestionSet' and target_id = " + set.getId()
                + " and detail = 'questions.saved'") >= 1, "audited");

        // A stale edit (from the version before) is refused.
        EJBException stale = assertThrows(EJBException.class, () -> coordinator.call(() -> sets.save(set.getId(), set.getVersion(),
                set.getName(), false, drafts(set))));
        boolean optimistic = false;
        for (Throwable t = stale; t != null; t = t.getCause()) {
            optimistic |= t instanceof OptimisticLockException;
        }
        assertTrue(optimistic, String.valueOf(stale));

        // Answered, then removed: retired, still there, no longer asked. Its sibling with no answers is deleted.
        long added = reloaded.getAsked().get(0).getId();
        Object[] first = data.query("select id, course_id from course_session order by id").get(0);
        long session = ((Number) first[0]).longValue();
        long course = ((Number) first[1]).longValue();
        long organisation = ((Number) data.query("select id, name from organisation order by id").get(0)[0]).longValue();
        long response = 900_000_000L + (System.nanoTime() % 1_000_000);
        data.execute("insert into evaluation_response (id, request_id, question_set_id, session_id, course_id, purpose, respondent, follow_up,"
                + " organisation_id, workforce_group_id, submitted_on) values (?, null, ?, ?, ?, 'FOLLOW_UP', 'MANAGER', 'P3M', ?, null,"
                + " current_date)", response, set.getId(), session, course, organisation);
        data.execute("insert into evaluation_answer (id, response_id, question_id, score) values (?, ?, ?, 4)", response, response, added);
        List<QuestionDraft> remove = new ArrayList<>(drafts(reloaded));
        QuestionDraft answered = remove.get(0);
        remove.set(0, new QuestionDraft(answered.id(), answered.kind(), answered.level(), answered.measure(), answered.text(),
                answered.options(), answered.required(), true));
        remove.add(new QuestionDraft(null, QuestionKind.FREE_TEXT, 3, null, "Anything else?", null, false, false));
        save(reloaded, reloaded.getName(), remove);
        QuestionSet withExtra = managers();
        Question extra = withExtra.getAsked().get(withExtra.getAsked().size() - 1);
        assertEquals("Anything else?", extra.getText());
        assertTrue(withExtra.getQuestions().stream().anyMatch(q -> q.getId() == added && q.isRetired()), "answered: retired");
        assertEquals(set.getAsked().stream().map(Question::getText).toList(),
                withExtra.getAsked().subList(0, set.getAsked().size()).stream().map(Question::getText).toList());

        List<QuestionDraft> back = new ArrayList<>(drafts(withExtra));
        for (int i = 0; i < back.size(); i++) {
            QuestionDraft d = back.get(i);
            if (d.id().equals(extra.getId())) {
                back.set(i, new QuestionDraft(d.id(), d.kind(), d.level(), d.measure(), d.text(), d.options(), d.required(), true));
            }
        }
        save(withExtra, withExtra.getName(), back);
        assertEquals(0, data.count("select count(*) from question where id = " + extra.getId()), "never answered: deleted");
        assertEquals(set.getAsked().stream().map(Question::getText).toList(), managers().getAsked().stream().map(Question::getText).toList(),
                "as it was, apart from the retired question");
    }
}
