package org.learningnetwork.strategy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.catalogue.Course;

/** The demo's strategy priorities: those of a 2024–27 strategy (seed 002), served by the demo's courses. */
public final class DemoStrategy {

    private record Spec(String title, String outcome, Integer sessionsPerYear, String... courseTitles) {
    }

    private static final String COMPETENT = "Staff are competent and confident in their practice through increased knowledge of"
            + " these issues and application in practice";
    private static final String DISSEMINATED = "Learning is disseminated and staff have the opportunity to reflect on their own"
            + " practice";

    private static final List<Spec> PRIORITIES = List.of(
            new Spec("Learning pathways and matrices are used", "All practitioners understand what learning is expected to support"
                    + " their knowledge, skills and competences", null,
                    "Child protection: key processes, roles and responsibilities", "Adult support and protection: awareness"),
            new Spec("Substance and alcohol use community of practice sessions for adult, children's and justice services", COMPETENT,
                    null, "Substance use and parenting", "Alcohol and drug awareness for the wider workforce"),
            new Spec("The learning from local learning reviews is shared and accessible to the services and agencies it concerns",
                    DISSEMINATED, null, "Learning from learning reviews", "Seven-minute briefing: learning from a child's death"),
            new Spec("National and local frameworks and assessment tools training at least three times within each financial year",
                    COMPETENT, 3, "National Risk Framework: assessing risk and need", "Structured risk assessment in justice social work"),
            new Spec("Mental health learning and practice development in each annual training calendar", COMPETENT, 1,
                    "Mental health and risk", "Suicide prevention: ask, tell, keep safe"),
            new Spec("Learning developed nationally by CPC Scotland, National Adult Support and Protection and Equally Safe is"
                    + " facilitated", DISSEMINATED, null, "Coercive control and the Domestic Abuse (Scotland) Act",
                    "Adult support and protection: the role of the second worker"));

    private DemoStrategy() {
    }

    public static void load(EntityManager em) {
        int position = 1;
        for (Spec spec : PRIORITIES) {
            Priority priority = new Priority();
            priority.setPeriod("2024\u201327");
            priority.setTitle(spec.title());
            priority.setOutcome(spec.outcome());
            priority.setMeasure("Attendance and feedback");
            priority.setSessionsPerYear(spec.sessionsPerYear());
            priority.setPosition(position++);
            List<Course> courses = new ArrayList<>();
            for (String title : spec.courseTitles()) {
                em.createQuery("select c from Course c where c.title = :title", Course.class).setParameter("title", title)
                        .getResultStream().findFirst().ifPresent(courses::add);
            }
            priority.setCourses(courses);
            em.persist(priority);
        }
    }
}
