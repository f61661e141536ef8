package org.learningnetwork.workforce;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.learningnetwork.people.Person;
import org.learningnetwork.reference.Qualification;

/**
 * The demo's qualifications and registrations. Alison follows the worker's path of seed 000: a volunteer who became a
 * housing support worker, took the SVQ 3 to register, a skill set for a new service, credit for her prior learning
 * into the social work degree, and now the Practice Learning Qualification to support students. Around her, the demo
 * staff work towards qualifications expected over the next two years, some registered with conditions at risk, so that
 * the planning report has figures to show.
 */
public final class DemoWorkforce {

    private static final String[] WORKING_TOWARDS = {"SVQ3_SSHC", "SVQ3_SSCYP", "HNC_SS", "BA_SW", "PLQ1", "PLQ2", "SVQ4_SSHC", "PQ_CP"};
    private static final String[] PROVIDERS = {"Dundee and Angus College", "Forth Valley College", "University of Dundee",
        "University of Stirling", "Perth College UHI"};

    private DemoWorkforce() {
    }

    /** Alison's record, and those of the staff ({@code coordinator} records them, as the learning team would). */
    public static void load(EntityManager em, Instant now, LocalDate today, Person alison, List<Person> staff, Person coordinator) {
        alisonsPath(em, now, today, alison, coordinator);
        Random random = new Random(20260429L);
        for (int i = 0; i < staff.size(); i++) {
            Person person = staff.get(i);
            if (i % 3 == 2) {
                continue;
            }
            String code = WORKING_TOWARDS[random.nextInt(WORKING_TOWARDS.length)];
            LocalDate expected = today.plusDays(30 + random.nextInt(700));
            held(em, person, coordinator, now, code, QualificationStatus.IN_PROGRESS, expected.minusYears(1), expected, null,
                    PROVIDERS[random.nextInt(PROVIDERS.length)]);
            if (i % 4 == 0) {
                held(em, person, coordinator, now, "SVQ2_SSHC", QualificationStatus.ACHIEVED, null, null,
                        today.minusYears(2 + random.nextInt(6)), null);
            }
            if (i % 2 == 0) {
                // Registered as a support worker, with a condition to obtain the SVQ 3 within three years of registering.
                LocalDate registered = today.minusMonths(6 + random.nextInt(40));
                Registration registration = registration(em, person, coordinator, now, "SUPPORT_WORKER_HOUSING_SUPPORT",
                        "HS" + (100200 + i), registered, registered.plusYears(5));
                String condition = code.startsWith("SVQ3") ? code : "SVQ3_SSHC";
                LocalDate dueOn = registered.plusYears(3);
                em.persist(new RegistrationCondition(registration, em.find(Qualification.class, condition), dueOn.isAfter(today) ? dueOn
                        : today.plusMonths(4)));
            }
        }
    }

    private static void alisonsPath(EntityManager em, Instant now, LocalDate today, Person alison, Person coordinator) {
        held(em, alison, coordinator, now, "SVQ3_SSHC", QualificationStatus.ACHIEVED, today.minusYears(8), today.minusYears(7).minusMonths(3),
                today.minusYears(7).minusMonths(2), "Dundee and Angus College");
        PriorLearningCredit credit = new PriorLearningCredit();
        credit.setDescription("Recognition of prior learning: the SVQ 3, the skill set and six years in housing support, as a portfolio");
        credit.setScqfLevel(8);
        credit.setCredits(120);
        credit.setAwardedOn(today.minusYears(5));
        credit.setAwardedBy("University of Dundee");
        credit.setTowards(em.find(Qualification.class, "BA_SW"));
        credit.recorded(alison, coordinator, now);
        em.persist(credit);
        held(em, alison, coordinator, now, "BA_SW", QualificationStatus.ACHIEVED, today.minusYears(5), today.minusYears(2).minusMonths(1),
                today.minusYears(2).minusMonths(1), "University of Dundee");
        held(em, alison, coordinator, now, "PLQ2", QualificationStatus.IN_PROGRESS, today.minusMonths(5), today.plusMonths(7), null,
                "University of Dundee");
        Registration support = registration(em, alison, coordinator, now, "SUPPORT_WORKER_HOUSING_SUPPORT", "HS108817",
                today.minusYears(8), today.minusYears(3));
        support.setEndedOn(today.minusYears(2));
        registration(em, alison, coordinator, now, "SOCIAL_WORKER", "SW204551", today.minusYears(2), today.plusYears(1));
    }

    private static void held(EntityManager em, Person person, Person by, Instant now, String code, QualificationStatus status,
            LocalDate started, LocalDate expected, LocalDate achieved, String provider) {
        PersonQualification held = new PersonQualification(person, em.find(Qualification.class, code), status);
        held.setStartedOn(started);
        held.setExpectedOn(expected);
        held.setAchievedOn(achieved);
        held.setProvider(provider);
        held.recorded(person, by, now);
        em.persist(held);
    }

    private static Registration registration(EntityManager em, Person person, Person by, Instant now, String part, String number,
            LocalDate registered, LocalDate renewal) {
        Registration registration = new Registration();
        registration.setPart(em.find(RegisterPart.class, part));
        registration.setNumber(number);
        registration.setRegisteredOn(registered);
        registration.setRenewalDueOn(renewal);
        registration.recorded(person, by, now);
        em.persist(registration);
        return registration;
    }
}
