package org.learningnetwork.ownlearning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.catalogue.SessionStatus;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Installation;

/**
 * The demo's own learning: the learner's single-agency training (confirmed by their line manager) and a team
 * briefing still to confirm; the facilitator's delivered sessions, as their registers would have recorded them.
 */
public final class DemoOwnLearning {

    private DemoOwnLearning() {
    }

    public static void load(EntityManager em, Instant now, Person learner, Person manager, Person facilitator) {
        LocalDate today = LocalDate.ofInstant(now, Installation.zone());
        OwnLearning training = entry(OwnLearningKind.SINGLE_AGENCY_TRAINING, "Recording in the case file: the council's standard",
                "Children's services practice team", today.minusMonths(2), "3", "Writing chronologies as I go, and what a good"
                        + " case note records.", "Attendance list held by the practice team");
        training.recorded(learner, now.minus(Duration.ofDays(60)));
        training.confirm(manager, now.minus(Duration.ofDays(55)));
        em.persist(training);
        OwnLearning briefing = entry(OwnLearningKind.TEAM_BRIEFING, "Team briefing: the revised inter-agency referral discussion guidance",
                null, today.minusDays(12), "1", "Who takes part in an IRD and how quickly it must happen.", "Team meeting minutes");
        briefing.recorded(learner, now.minus(Duration.ofDays(12)));
        em.persist(briefing);
        em.createQuery("select s from CourseSession s join s.facilitators f where f = :facilitator and s.status = :delivered",
                        CourseSession.class).setParameter("facilitator", facilitator).setParameter("delivered", SessionStatus.DELIVERED)
                .getResultList().forEach(session -> em.persist(OwnLearning.facilitated(facilitator, session,
                        LocalDate.ofInstant(session.getStartsAt(), Installation.zone()), session.getCourse().getCpdHours(), now)));
    }

    /**
     * The learning Alison recorded on her way into social services (seed 000): the induction of her volunteering, the
     * common induction the learning network runs, Return to Learn, and a skill set for a new service.
     */
    public static void alison(EntityManager em, Instant now, Person alison, LocalDate today) {
        for (OwnLearning entry : List.of(
                entry(OwnLearningKind.SINGLE_AGENCY_TRAINING, "Volunteer induction", "Tayside Befriending", today.minusYears(9), "6",
                        "What befriending is and is not; keeping people safe; boundaries.", null),
                entry(OwnLearningKind.WORKSHOP, "Common induction: values and the Codes of Practice", "Tayside learning network",
                        today.minusYears(8), "12", "The value base, the Codes of Practice and my own responsibility for learning.", null),
                entry(OwnLearningKind.OTHER, "Return to Learn", "Dundee and Angus College", today.minusYears(8).plusMonths(3), "30",
                        "Writing for work, study skills, and where the gaps in my skills were.", "Certificate of completion"),
                entry(OwnLearningKind.SINGLE_AGENCY_TRAINING, "Skill set: supporting people with a learning disability",
                        "Dundee and Angus College", today.minusYears(6), "40",
                        "The specialist skills for my new service, built on the SVQ 3.", "College record"))) {
            entry.recorded(alison, now);
            em.persist(entry);
        }
    }

    private static OwnLearning entry(OwnLearningKind kind, String title, String provider, LocalDate on, String hours, String learned,
                                     String evidence) {
        OwnLearning entry = new OwnLearning();
        entry.setKind(kind);
        entry.setTitle(title);
        entry.setProvider(provider);
        entry.setDoneOn(on);
        entry.setHours(new BigDecimal(hours));
        entry.setLearned(learned);
        entry.setEvidence(evidence);
        OwnLearning stored = new OwnLearning();
        stored.copyFieldsFrom(entry);
        return stored;
    }
}
