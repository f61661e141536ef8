package org.learningnetwork.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.learningnetwork.access.Roles;
import org.learningnetwork.catalogue.ResourceRules.Checked;
import org.learningnetwork.catalogue.ResourceRules.Draft;
import org.learningnetwork.catalogue.ResourceRules.Upload;
import org.learningnetwork.platform.ChangesPublicContent;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.Positions;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The learning team's self-guided learning for each course ({@link LearningResource}): added, changed (at the version
 * read), moved up or down, retired and brought back, or removed while nobody has done it; and, for anyone, a resource
 * offered by a course in the catalogue and its uploaded file. Every change is checked whole by {@link ResourceRules}
 * and refused field by field, nothing stored.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LearningResourceService {

    @PersistenceContext
    private EntityManager em;

    /** A resource with its course, for the learning team (retired ones too). */
    public LearningResource find(long id) throws NotFoundException {
        LearningResource resource = em.find(LearningResource.class, id);
        if (resource == null) {
            throw new NotFoundException("LearningResource", id);
        }
        resource.getCourse().getTitle();
        return resource;
    }

    /** Every resource of a course, retired ones too, in order. */
    public List<LearningResource> of(long courseId) throws NotFoundException {
        course(courseId);
        return em.createQuery("select r from LearningResource r where r.course.id = :course order by r.position, r.id",
                LearningResource.class).setParameter("course", courseId).getResultList();
    }

    /** Adds a resource at the end of the course's list. */
    @ChangesPublicContent
    public LearningResource add(long courseId, @NotNull Draft draft, Upload upload) throws RejectedException, NotFoundException {
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        refuseIfAny(ResourceRules.check(draft, upload, false));
        int position = em.createQuery("select coalesce(max(r.position), -1) + 1 from LearningResource r where r.course = :course",
                Integer.class).setParameter("course", course).getSingleResult();
        LearningResource resource = new LearningResource(course, position);
        em.persist(resource);
        apply(resource, ResourceRules.checked(draft, upload), upload);
        changed(course);
        return resource;
    }

    /** Saves changes to a resource read at {@code version}; without a new file an uploaded one is kept unless a link replaces it. */
    @ChangesPublicContent
    public LearningResource change(long id, long version, @NotNull Draft draft, Upload upload) throws RejectedException, NotFoundException {
        LearningResource resource = find(id);
        if (resource.getVersion() != version) {
            throw new RejectedException(null, "resource.changedMeanwhile");
        }
        refuseIfAny(ResourceRules.check(draft, upload, resource.isUploaded()));
        apply(resource, ResourceRules.checked(draft, upload), upload);
        changed(resource.getCourse());
        return resource;
    }

    /** Takes a resource out of what its course offers (or offers it again); the records of those who did it keep it. */
    @ChangesPublicContent
    public void retire(long id, boolean retired) throws NotFoundException {
        LearningResource resource = find(id);
        resource.retire(retired);
        changed(resource.getCourse());
    }

    /** Moves a resource one place up ({@code -1}) or down ({@code 1}) in its course's list. */
    @ChangesPublicContent
    public void move(long id, int by) throws NotFoundException {
        LearningResource resource = find(id);
        em.find(Course.class, resource.getCourse().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (Positions.move(of(resource.getCourse().getId()), resource, by, 0, LearningResource::moveTo)) {
            changed(resource.getCourse());
        }
    }

    /** Removes a resource nobody has done; one that is in someone's record can only be retired. */
    @ChangesPublicContent
    public void remove(long id) throws NotFoundException, RejectedException {
        LearningResource resource = find(id);
        long done = em.createQuery("select count(r) from LearningRecord r where r.resource = :resource", Long.class)
                .setParameter("resource", resource).getSingleResult();
        if (done > 0) {
            throw new RejectedException(null, "resource.remove.done");
        }
        Course course = resource.getCourse();
        LearningResourceFile file = em.find(LearningResourceFile.class, id);
        if (file != null) {
            em.remove(file);
        }
        em.remove(resource);
        changed(course);
    }

    /** A resource a course in the catalogue offers now: for anyone, to open it and to mark it done. */
    @PermitAll
    public LearningResource offered(long id) throws NotFoundException {
        LearningResource resource = em.find(LearningResource.class, id);
        if (resource == null || resource.isRetired() || resource.getCourse().isRetired()) {
            throw new NotFoundException("LearningResource", id);
        }
        return resource;
    }

    /** What a course in the catalogue offers now (resources not retired), in order; none for a retired course. */
    @PermitAll
    public List<LearningResource> offeredBy(long courseId) {
        return offeredBy(List.of(courseId));
    }

    /** What the courses offer now, course by course in the order given, each course's resources in order. */
    @PermitAll
    public List<LearningResource> offeredBy(java.util.Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(courseIds);
        return em.createQuery("select r from LearningResource r join fetch r.course c where c.id in :courses and r.retired = false"
                        + " and c.retired = false order by r.position, r.id", LearningResource.class)
                .setParameter("courses", order).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.getCourse().getId()))).toList();
    }

    /** The uploaded file of a resource on offer. */
    @PermitAll
    public Download file(long id) throws NotFoundException {
        LearningResource resource = offered(id);
        LearningResourceFile file = resource.isUploaded() ? em.find(LearningResourceFile.class, id) : null;
        if (file == null) {
            throw new NotFoundException("LearningResourceFile", id);
        }
        return new Download(resource.getFileName(), resource.getContentType(), file.getContent());
    }

    /** An uploaded file to send: its name, content type and bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    private void apply(LearningResource resource, Checked checked, Upload upload) {
        resource.describe(checked.kind(), checked.title(), checked.description(), checked.minutes(), checked.cpdHours(),
                checked.completesCourse());
        LearningResourceFile file = em.find(LearningResourceFile.class, resource.getId());
        if (upload != null) {
            resource.file(checked.fileName(), checked.contentType(), upload.content().length);
            if (file == null) {
                em.persist(new LearningResourceFile(resource.getId(), upload.content()));
            } else {
                file.replace(upload.content());
            }
        } else if (checked.url() != null) {
            resource.link(checked.url());
            if (file != null) {
                em.remove(file);
            }
        }
    }

    /** Checks the change against the database now, so that a refusal (a constraint) comes back here. */
    private void changed(Course course) {
        em.flush();
    }

    private Course course(long courseId) throws NotFoundException {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        return course;
    }

    private static void refuseIfAny(List<Problem> problems) throws RejectedException {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems);
        }
    }
}
