package org.learningnetwork.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.catalogue.LearningResource;
import org.learningnetwork.catalogue.LearningResourceFile;
import org.learningnetwork.catalogue.ResourceKind;
import org.learningnetwork.platform.PdfText;
import org.learningnetwork.reference.Strand;

/**
 * The demo's self-guided learning: each e-learning course's module (which completes the course), each seven-minute
 * briefing as an uploaded PDF written from the course (which completes it too), and the national guidance of each
 * strand, or a film, beside the first course of that strand (CPD only).
 */
final class DemoResources {

    private record Reading(ResourceKind kind, String title, String description, String url, int minutes) {
    }

    private static final Map<String, Reading> BY_STRAND = Map.of(
            "CHILD_PROTECTION", new Reading(ResourceKind.READING, "National Guidance for Child Protection in Scotland 2021 (updated 2023)",
                    "The national framework for agencies and practitioners: read Part 2 on roles and responsibilities before the course.",
                    "https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021-updated-2023/", 60),
            "ADULT_SUPPORT_PROTECTION", new Reading(ResourceKind.READING, "Adult Support and Protection: Code of Practice (2022)",
                    "The revised code of practice for the Adult Support and Protection (Scotland) Act 2007.",
                    "https://www.gov.scot/publications/adult-support-protection-revised-code-practice/", 60),
            "VAWG", new Reading(ResourceKind.READING, "Equally Safe: Scotland's strategy to prevent and eradicate violence against women and girls",
                    "The national strategy the violence against women partnership's learning answers to.",
                    "https://www.gov.scot/publications/equally-safe-scotlands-strategy-prevent-eradicate-violence-against-women-girls/", 45),
            "MAPPA", new Reading(ResourceKind.READING, "Multi-agency public protection arrangements: national guidance 2022",
                    "Who does what under MAPPA, the categories and the levels of management.",
                    "https://www.gov.scot/publications/multi-agency-public-protection-arrangements-mappa-national-guidance-2022/", 60),
            "TRAUMA", new Reading(ResourceKind.VIDEO, "Opening Doors: trauma-informed practice for the whole workforce (film)",
                    "A short film from the National Trauma Transformation Programme, for everyone who works with people.",
                    "https://transformingpsychologicaltrauma.scot/", 15));

    private DemoResources() {
    }

    static void load(EntityManager em, List<Course> courses) {
        Set<String> readingGiven = new HashSet<>();
        for (Course course : courses) {
            int position = 0;
            if (course.getDeliveryMode() == DeliveryMode.E_LEARNING) {
                em.persist(new LearningResource(course, position++, ResourceKind.E_LEARNING, course.getTitle() + ": e-learning module",
                        "Work through the module at your own pace; it saves your place. Mark it done here when you reach the end.",
                        course.getDurationMinutes(), course.getCpdHours(), true, "https://learn.nes.nhs.scot/"));
            } else if (course.getDeliveryMode() == DeliveryMode.SEVEN_MINUTE_BRIEFING) {
                LearningResource briefing = new LearningResource(course, position++, ResourceKind.BRIEFING,
                        course.getTitle() + " (seven-minute briefing, PDF)", "Read it on your own or go through it as a team briefing.",
                        7, new BigDecimal("0.25"), true, null);
                String name = "seven-minute-briefing-" + course.getId() + ".pdf";
                byte[] pdf = briefing(course);
                briefing.file(name, "application/pdf", pdf.length);
                em.persist(briefing);
                em.flush();
                em.persist(new LearningResourceFile(briefing.getId(), pdf));
            }
            for (Strand strand : course.getStrands()) {
                Reading reading = BY_STRAND.get(strand.getCode());
                if (reading != null && readingGiven.add(strand.getCode())) {
                    em.persist(new LearningResource(course, position++, reading.kind(), reading.title(), reading.description(),
                            reading.minutes(),
                            BigDecimal.valueOf(Math.round(reading.minutes() / 15.0) / 4.0).setScale(2), false, reading.url()));
                }
            }
        }
    }

    /** A seven-minute briefing written from the course: what it is about, and what the reader will know. */
    private static byte[] briefing(Course course) {
        try (PdfText pdf = new PdfText(course.getTitle() + ": seven-minute briefing", course.getProvider())) {
            pdf.space(20).line("Seven-minute briefing", 12, 12).line(course.getTitle(), 20, 24).line(course.getSummary(), 12, 20)
                    .line("After reading this you will:", 14, 12);
            for (String outcome : course.getOutcomes()) {
                pdf.line("- " + outcome, 12, 8);
            }
            return pdf.space(16).line("If you are worried about someone, speak to your line manager or call the duty team now.", 12, 12)
                    .line("Looking after yourself: if this subject affects you, support is available from your employer's"
                            + " wellbeing service.", 10, 12).bytes();
        }
    }
}
