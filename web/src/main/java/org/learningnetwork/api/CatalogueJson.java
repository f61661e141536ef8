package org.learningnetwork.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.CourseSession;
import org.learningnetwork.platform.Page;
import org.learningnetwork.platform.PageRequest;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The JSON shapes of the catalogue API. Field names are part of the API's contract (see docs/api.md) and
 * change only with a new version. Times are ISO-8601 instants in UTC. Online joining details are never
 * published: they go only to confirmed learners.
 */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public record PageOf<T>(long total, int page, int size, List<T> items) {
        static <S, T> PageOf<T> of(Page<S> page, PageRequest request, java.util.function.Function<S, T> mapping) {
            return new PageOf<>(page.total(), request.first() / request.size() + 1, request.size(),
                    page.rows().stream().map(mapping).toList());
        }
    }

    public record GroupRef(long id, String framework, String code, String name) {
        static GroupRef of(WorkforceGroup group) {
            return new GroupRef(group.getId(), group.getFramework().getCode(), group.getCode(), group.getName());
        }
    }

    public record CourseRef(long id, String title) {
    }

    /** Self-guided learning of a course: what it is, where it opens, the minutes it takes and the CPD hours it gives. */
    public record Resource(String kind, String title, String url, Integer minutes, java.math.BigDecimal cpdHours, boolean completesCourse) {

        static Resource of(org.learningnetwork.catalogue.LearningResource r) {
            return new Resource(r.getKind().name(), r.getTitle(), r.isUploaded()
                    ? org.learningnetwork.platform.Installation.baseUrl() + org.learningnetwork.catalogue.ResourceLinks.path(r) : r.getUrl(),
                    r.getMinutes(), r.getCpdHours(), r.isCompletesCourse());
        }
    }

    /** Something a course answers to: legislation, guidance, a strategy, a learning review or an inspection. */
    public record AnswersTo(long id, String kind, String title, String url) {

        static AnswersTo of(org.learningnetwork.catalogue.Guidance g) {
            return new AnswersTo(g.getId(), g.getKind().name(), g.getTitle(), g.getUrl());
        }
    }

    /**
     * A course in the catalogue. {@code costBasis}: for a course with a cost, {@code CHARGED} (to the learner's agency)
     * or {@code COMMISSIONED} (by the partnership, free to the learner); {@code bookable} is false while a cost awaits
     * the committee's agreement or the Chief Officers Group's approval.
     */
    public record CourseSummary(long id, String title, String summary, String deliveryMode, int durationMinutes,
                         BigDecimal cpdHours, boolean free, Integer costPence, String costBasis, boolean bookable, String provider,
                         String bookingMode, List<String> strands, List<GroupRef> targetGroups, Instant nextSessionStart) {
        static CourseSummary of(Course c, Instant nextSessionStart) {
            return new CourseSummary(c.getId(), c.getTitle(), c.getSummary(), c.getDeliveryMode().name(),
                    c.getDurationMinutes(), c.getCpdHours(), c.isFree(), c.getCostPence(),
                    c.getCostBasis() == null ? null : c.getCostBasis().name(), c.isCostApproved(), c.getProvider(),
                    c.getBookingMode().name(), c.getStrands().stream().map(s -> s.getCode()).sorted().toList(),
                    c.getTargetGroups().stream().map(GroupRef::of).toList(), nextSessionStart);
        }
    }

    /** The venue of a session: where it is and what a visitor needs to know about access; {@code room}, if one is set. */
    public record Venue(long id, String name, String address, String town, String postcode, String accessNotes, String mapUrl,
                        String room) {
        static Venue of(CourseSession s) {
            org.learningnetwork.catalogue.Venue v = s.getVenue();
            return v == null ? null : new Venue(v.getId(), v.getName(), v.getAddress(), v.getTown(), v.getPostcode(),
                    v.getAccessNotes(), v.getMapUrl(), s.getRoom() == null ? null : s.getRoom().getName());
        }
    }

    /**
     * A session. {@code place}: {@code VENUE} (at {@code venue}), {@code ONLINE} (joining details go to confirmed learners
     * only), or {@code TO_BE_CONFIRMED} (in person, the venue not yet confirmed); {@code online} is true for an online
     * session only.
     */
    public record SessionSummary(long id, long courseId, String courseTitle, Instant startsAt, Instant endsAt,
                          String place, Venue venue, boolean online, int capacity, int placesLeft, Instant bookingOpensAt,
                          Instant bookingClosesAt, String status) {
        static SessionSummary of(CourseSession s) {
            return new SessionSummary(s.getId(), s.getCourse().getId(), s.getCourse().getTitle(), s.getStartsAt(),
                    s.getEndsAt(), s.getPlace().name(), Venue.of(s), s.isOnline(), s.getCapacity(), s.getPlacesLeft(),
                    s.getBookingOpensAt(), s.getBookingClosesAt(), s.getStatus().name());
        }
    }

    public record CourseDetail(CourseSummary course, List<String> outcomes, List<CourseRef> prerequisites,
                        List<Resource> resources, List<AnswersTo> answersTo, List<SessionSummary> upcomingSessions) {
    }
}
