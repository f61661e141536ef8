package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.PdfText;
import org.learningnetwork.reference.Strand;

/**
 * What the learning team publishes from the catalogue (seed 002): the annual calendar of every session of a financial
 * year by area of protection and month (PDF here; the same lines for a workbook), and a course's flyer for the
 * distribution list, which carries the trauma-aware statement like every message about a course. Public: both are
 * what the catalogue already shows anyone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Publications {

    private static final ZoneId ZONE = Installation.zone();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /**
     * One session in the calendar, under one of its course's strands (a course in two strands is listed under each).
     *
     * @param strand   the strand's name, or {@code null} for a course in none
     * @param place    where the session is: at a venue, online, or in person at a venue to be confirmed
     * @param venue    the venue's name and town, or {@code null} when it is not at one
     */
    public record CalendarLine(String strand, YearMonth month, Instant startsAt, Instant endsAt, long courseId, String course,
                               DeliveryMode mode, Place place, String venue, int places, Instant bookingClosesAt, boolean noteOfInterest) {

        /** Where, in words: the venue and its town, or the text for {@code online} or for the venue {@code toBeConfirmed}. */
        public String where(String online, String toBeConfirmed) {
            return switch (place) {
                case VENUE -> venue;
                case ONLINE -> online;
                case TO_BE_CONFIRMED -> toBeConfirmed;
            };
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The financial year today is in. */
    public FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock.withZone(ZONE)));
    }

    /**
     * The sessions of the year of courses in the catalogue, neither drafts nor cancelled: by strand (in the strands'
     * order, then courses in none), then by start.
     */
    public List<CalendarLine> calendar(FinancialYear year) {
        List<CourseSession> sessions = em.createQuery("select s from CourseSession s join fetch s.course c left join fetch s.venue"
                        + " where s.startsAt >= :from and s.startsAt < :to and s.status not in :hidden and c.retired = false"
                        + " order by s.startsAt, c.title, s.id", CourseSession.class)
                .setParameter("from", year.startAt(ZONE).toInstant()).setParameter("to", year.endAt(ZONE).toInstant())
                .setParameter("hidden", List.of(SessionStatus.DRAFT, SessionStatus.CANCELLED)).getResultList();
        List<Strand> strands = em.createQuery("select s from Strand s order by s.displayOrder", Strand.class).getResultList();
        Map<String, List<CalendarLine>> byStrand = new LinkedHashMap<>();
        strands.forEach(strand -> byStrand.put(strand.getCode(), new ArrayList<>()));
        List<CalendarLine> other = new ArrayList<>();
        for (CourseSession session : sessions) {
            Course course = session.getCourse();
            if (course.getStrands().isEmpty()) {
                other.add(line(null, session));
            }
            for (Strand strand : course.getStrands()) {
                byStrand.get(strand.getCode()).add(line(strand.getName(), session));
            }
        }
        List<CalendarLine> lines = new ArrayList<>();
        byStrand.values().forEach(lines::addAll);
        lines.addAll(other);
        return lines;
    }

    private static CalendarLine line(String strand, CourseSession session) {
        Course course = session.getCourse();
        Venue venue = session.getVenue();
        return new CalendarLine(strand, YearMonth.from(session.getStartsAt().atZone(ZONE)), session.getStartsAt(), session.getEndsAt(),
                course.getId(), course.getTitle(), course.getDeliveryMode(), session.getPlace(),
                venue == null ? null : venue.getName() + ", " + venue.getTown(),
                session.getCapacity(), session.getBookingClosesAt(), course.getBookingMode() == BookingMode.NOTE_OF_INTEREST);
    }

    /** The annual calendar as an A4 PDF: a heading per strand, a sub-heading per month, a row per session. */
    public byte[] calendarPdf(FinancialYear year) {
        ResourceBundle texts = texts();
        String title = MessageFormat.format(texts.getString("calendar.title"), year.label());
        try (PdfText pdf = new PdfText(title, texts.getString("author"))) {
            pdf.heading(title, 1, 16, 22);
            pdf.line(MessageFormat.format(texts.getString("calendar.intro"), year.label(),
                    LocalDate.now(clock.withZone(ZONE)).format(LONG_DAY)), 10, 14);
            pdf.line(MessageFormat.format(texts.getString("calendar.book"), Installation.baseUrl() + "/catalogue.xhtml"), 10, 18);
            List<CalendarLine> lines = calendar(year);
            if (lines.isEmpty()) {
                pdf.line(texts.getString("calendar.none"), 11, 14);
            }
            float[] widths = {88, 58, 200, 105};
            String strand = "";
            YearMonth month = null;
            for (CalendarLine line : lines) {
                String heading = line.strand() == null ? texts.getString("calendar.other") : line.strand();
                if (!heading.equals(strand)) {
                    strand = heading;
                    month = null;
                    pdf.space(8).heading(heading, 2);
                }
                if (!line.month().equals(month)) {
                    month = line.month();
                    pdf.space(4).line(month.format(MONTH), 11, 14);
                    pdf.row(9, widths, true, texts.getString("calendar.date"), texts.getString("calendar.time"),
                            texts.getString("calendar.course"), texts.getString("calendar.where"));
                }
                pdf.row(9, widths, false, line.startsAt().atZone(ZONE).format(DAY),
                        line.startsAt().atZone(ZONE).format(TIME) + "\u2013" + line.endsAt().atZone(ZONE).format(TIME),
                        line.course(), line.where(texts.getString("mode." + line.mode()), texts.getString("calendar.toBeConfirmed")));
            }
            return pdf.bytes();
        }
    }

    /**
     * A course's flyer: what it is, who it is for, what one learns, its sessions to come with how and by when to book,
     * and the trauma-aware statement.
     *
     * @throws NotFoundException for a course that is not in the catalogue
     */
    public byte[] flyer(long courseId) throws NotFoundException {
        Course course = em.find(Course.class, courseId);
        if (course == null || course.isRetired()) {
            throw new NotFoundException("Course", courseId);
        }
        ResourceBundle texts = texts();
        ResourceBundle mail = org.learningnetwork.notification.MailText.texts();
        Instant now = clock.instant();
        List<CourseSession> sessions = em.createQuery("select s from CourseSession s left join fetch s.venue where s.course = :course"
                        + " and s.startsAt >= :now and s.status not in :hidden order by s.startsAt, s.id", CourseSession.class)
                .setParameter("course", course).setParameter("now", now)
                .setParameter("hidden", List.of(SessionStatus.DRAFT, SessionStatus.CANCELLED)).setMaxResults(12).getResultList();
        try (PdfText pdf = new PdfText(course.getTitle(), texts.getString("author"))) {
            pdf.heading(course.getTitle(), 1);
            pdf.line(course.getSummary(), 11, 16);
            pdf.line(MessageFormat.format(texts.getString("flyer.delivery"), texts.getString("mode." + course.getDeliveryMode()),
                    course.getDurationMinutes(), course.getCpdHours().stripTrailingZeros().toPlainString()), 10, 13);
            pdf.line(cost(course, texts), 10, 13);
            pdf.line(MessageFormat.format(texts.getString("flyer.provider"), course.getProvider()), 10, 16);
            pdf.heading(texts.getString("flyer.for"), 2, 13, 16);
            course.getTargetGroups().stream().sorted(Comparator.comparing((org.learningnetwork.reference.WorkforceGroup g)
                    -> g.getFramework().getName()).thenComparing(g -> g.getName()))
                    .forEach(group -> pdf.line("\u2022 " + group.getFramework().getName() + ": " + group.getName(), 10, 13));
            if (!course.getOutcomes().isEmpty()) {
                pdf.space(4).heading(texts.getString("flyer.outcomes"), 2, 13, 16);
                course.getOutcomes().forEach(outcome -> pdf.line("\u2022 " + outcome, 10, 13));
            }
            if (course.getPreparation() != null) {
                pdf.space(4).line(MessageFormat.format(texts.getString("flyer.preparation"), course.getPreparation()), 10, 13);
            }
            if (!course.getGuidance().isEmpty()) {
                pdf.space(4).heading(texts.getString("flyer.answers"), 2, 13, 16);
                course.getGuidance().forEach(g -> pdf.line("\u2022 " + g.getTitle(), 10, 13));
            }
            pdf.space(4).heading(texts.getString("flyer.sessions"), 2, 13, 16);
            if (sessions.isEmpty()) {
                pdf.line(texts.getString("flyer.noSessions"), 10, 13);
            }
            for (CourseSession session : sessions) {
                String when = session.getStartsAt().atZone(ZONE).format(LONG_DAY) + ", "
                        + session.getStartsAt().atZone(ZONE).format(TIME) + "\u2013" + session.getEndsAt().atZone(ZONE).format(TIME);
                String where = session.whereBriefly(texts.getString("calendar.online"), texts.getString("calendar.toBeConfirmed"));
                String closes = session.getBookingClosesAt().atZone(ZONE).format(LONG_DAY);
                pdf.line(MessageFormat.format(texts.getString(course.getBookingMode() == BookingMode.NOTE_OF_INTEREST
                        ? "flyer.sessionNoteOfInterest" : "flyer.sessionFirstCome"), when, where, closes), 10, 13);
            }
            pdf.space(6).line(MessageFormat.format(texts.getString("flyer.book"),
                    Installation.baseUrl() + "/course.xhtml?id=" + course.getId()), 10, 18);
            pdf.heading(texts.getString("flyer.traumaHeading"), 2, 12, 16);
            pdf.line(mail.getString("mail.traumaStatement"), 9, 12);
            return pdf.bytes();
        }
    }

    /**
     * The Learning Outcomes Booklet (seed 002): for each framework and each of its workforce groups in order, what the
     * group is, then the courses in the catalogue aimed at it with how they are delivered and what one learns.
     */
    public byte[] booklet() {
        ResourceBundle texts = texts();
        List<org.learningnetwork.reference.Framework> frameworks = em.createQuery(
                "select f from Framework f order by f.displayOrder", org.learningnetwork.reference.Framework.class).getResultList();
        List<Course> courses = em.createQuery("select distinct c from Course c left join fetch c.targetGroups where c.retired = false"
                + " order by c.title, c.id", Course.class).getResultList();
        String title = texts.getString("booklet.title");
        try (PdfText pdf = new PdfText(title, texts.getString("author"))) {
            pdf.heading(title, 1);
            pdf.line(MessageFormat.format(texts.getString("booklet.intro"), LocalDate.now(clock.withZone(ZONE)).format(LONG_DAY)), 10, 18);
            for (org.learningnetwork.reference.Framework framework : frameworks) {
                pdf.space(8).heading(framework.getName(), 2, 15, 20);
                for (org.learningnetwork.reference.WorkforceGroup group : framework.getGroups()) {
                    pdf.space(4).heading(group.getName(), 3, 13, 16);
                    if (group.getSummary() != null) {
                        pdf.line(group.getSummary(), 10, 14);
                    }
                    List<Course> aimed = courses.stream().filter(c -> c.getTargetGroups().contains(group)).toList();
                    if (aimed.isEmpty()) {
                        pdf.line(texts.getString("booklet.noCourses"), 10, 14);
                    }
                    for (Course course : aimed) {
                        pdf.space(2).line(course.getTitle(), 11, 14);
                        pdf.line(MessageFormat.format(texts.getString("flyer.delivery"), texts.getString("mode." + course.getDeliveryMode()),
                                course.getDurationMinutes(), course.getCpdHours().stripTrailingZeros().toPlainString()), 9, 12);
                        course.getOutcomes().forEach(outcome -> pdf.line("\u2022 " + outcome, 9, 12));
                    }
                }
            }
            return pdf.bytes();
        }
    }

    private static String cost(Course course, ResourceBundle texts) {
        if (course.isFree()) {
            return texts.getString("flyer.cost.free");
        }
        if (course.getCostBasis() == CostBasis.COMMISSIONED) {
            return texts.getString("flyer.cost.commissioned");
        }
        return MessageFormat.format(texts.getString("flyer.cost.charged"), String.format(Locale.UK, "\u00a3%,.2f", course.getCostPence() / 100.0));
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("org.learningnetwork.catalogue.publications", Locale.UK);
    }
}
