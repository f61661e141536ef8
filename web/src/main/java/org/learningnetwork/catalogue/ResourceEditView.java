package org.learningnetwork.catalogue;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningnetwork.catalogue.ResourceRules.Draft;
import org.learningnetwork.catalogue.ResourceRules.Upload;
import org.learningnetwork.platform.ConcurrentChange;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The learning team adds a piece of self-guided learning to a course ({@code ?course=}) or changes one ({@code ?id=}):
 * its kind, title, description, a link or an uploaded file, the minutes it takes, its CPD hours, and whether doing it
 * completes the course. Everything is checked in one round: a number that cannot be read is refused on its field
 * together with whatever else the rules find.
 */
@Named
@ViewScoped
public class ResourceEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "resourceForm";

    @Inject
    private LearningResourceService resources;

    @Inject
    private CourseService courses;

    @Inject
    private Messages messages;

    private String id;
    private String courseId;
    private Course course;
    private Long resourceId;
    private long version;
    private String title;
    private boolean uploaded;
    private String fileName;
    private ResourceKind kind;
    private final Fields draft = new Fields();
    private String minutes;
    private String cpdHours;
    private boolean completesCourse;
    private transient Part file;

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                LearningResource resource = resources.find(Long.parseLong(id.strip()));
                course = resource.getCourse();
                resourceId = resource.getId();
                version = resource.getVersion();
                title = resource.getTitle();
                uploaded = resource.isUploaded();
                fileName = resource.getFileName();
                kind = resource.getKind();
                draft.title = resource.getTitle();
                draft.description = resource.getDescription();
                draft.url = resource.getUrl();
                minutes = resource.getMinutes() == null ? null : resource.getMinutes().toString();
                cpdHours = resource.getCpdHours() == null ? null : resource.getCpdHours().stripTrailingZeros().toPlainString();
                completesCourse = resource.isCompletesCourse();
            } else {
                course = courses.find(Long.parseLong(courseId == null ? "" : courseId.strip()));
                completesCourse = course.getDeliveryMode() == DeliveryMode.E_LEARNING
                        || course.getDeliveryMode() == DeliveryMode.SEVEN_MINUTE_BRIEFING;
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        }
    }

    public String save() {
        List<Problem> unreadable = new ArrayList<>();
        Integer minutesValue = whole(minutes, "minutes", unreadable);
        BigDecimal hours = decimal(cpdHours, "cpdHours", unreadable);
        Upload upload;
        try {
            upload = upload();
        } catch (IOException e) {
            upload = null;
            unreadable.add(new Problem("file", "resource.file.unreadable"));
        }
        Draft typed = new Draft(kind, draft.title, draft.description, draft.url, minutesValue, hours, completesCourse);
        if (!unreadable.isEmpty()) {
            messages.rejected(FORM, merged(unreadable, ResourceRules.check(typed, upload, uploaded)));
            return null;
        }
        try {
            LearningResource saved = resourceId == null ? resources.add(course.getId(), typed, upload)
                    : resources.change(resourceId, version, typed, upload);
            messages.noticeAfterRedirect("common.saved");
            return "/coordinator/course?faces-redirect=true&id=" + saved.getCourse().getId();
        } catch (RejectedException e) {
            messages.rejected(FORM, merged(unreadable, e.getProblems()));
        } catch (NotFoundException e) {
            NotFound.respond();
        } catch (EJBException e) {
            if (!ConcurrentChange.causedBy(e)) {
                throw e;
            }
            messages.error(null, "common.concurrentChange");
        }
        return null;
    }

    /** Removes a resource nobody has done; otherwise says to retire it. */
    public String remove() {
        return messages.attempt(FORM, () -> {
            resources.remove(resourceId);
            return resourceId;
        }).map(removed -> {
            messages.noticeAfterRedirect("resource.removed");
            return "/coordinator/course?faces-redirect=true&id=" + course.getId();
        }).orElse(null);
    }

    /** The problems of unreadable numbers, and of the rules on every other field. */
    private static RejectedException merged(List<Problem> unreadable, List<Problem> rules) {
        Set<String> fields = unreadable.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>(unreadable);
        rules.stream().filter(p -> p.field() == null || !fields.contains(p.field())).forEach(all::add);
        return new RejectedException(all);
    }

    private Upload upload() throws IOException {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            return null;
        }
        if (file.getSize() > ResourceRules.MAX_FILE_BYTES) {
            // Too large to read into memory: the rules refuse it by its size alone.
            return new Upload(file.getSubmittedFileName(), new byte[ResourceRules.MAX_FILE_BYTES + 1]);
        }
        try (InputStream in = file.getInputStream()) {
            return new Upload(file.getSubmittedFileName(), in.readAllBytes());
        }
    }

    private static Integer whole(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "resource." + field + ".number"));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "resource." + field + ".number"));
            return null;
        }
    }

    /** The text fields of the form. */
    public static class Fields implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private String url;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public boolean isNew() {
        return resourceId == null;
    }

    public List<ResourceKind> getKinds() {
        return Arrays.asList(ResourceKind.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public boolean isUploaded() {
        return uploaded;
    }

    public String getFileName() {
        return fileName;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public Fields getDraft() {
        return draft;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getCpdHours() {
        return cpdHours;
    }

    public void setCpdHours(String cpdHours) {
        this.cpdHours = cpdHours;
    }

    public boolean isCompletesCourse() {
        return completesCourse;
    }

    public void setCompletesCourse(boolean completesCourse) {
        this.completesCourse = completesCourse;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
