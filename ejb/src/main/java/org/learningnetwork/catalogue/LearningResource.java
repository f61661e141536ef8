package org.learningnetwork.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * Self-guided learning that goes with a course: an e-learning module, a seven-minute briefing, a video, a podcast or
 * a reading, at a link or in a file uploaded here. A person opens it in their own time and marks it done; when it
 * {@linkplain #isCompletesCourse() completes its course} that counts as the course done (for pathways and
 * prerequisites), otherwise it adds CPD hours only. Retired resources are no longer offered but stay in the records
 * of those who did them.
 */
@Entity
@Table(name = "learning_resource")
public class LearningResource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_resource_seq")
    @SequenceGenerator(name = "learning_resource_seq", sequenceName = "learning_resource_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    private int position;

    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    private String title;

    private String description;

    private String url;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_size")
    private Integer fileSize;

    private Integer minutes;

    @Column(name = "cpd_hours")
    private BigDecimal cpdHours;

    @Column(name = "completes_course")
    private boolean completesCourse;

    private boolean retired;

    protected LearningResource() {
    }

    LearningResource(Course course, int position) {
        this.course = course;
        this.position = position;
    }

    /** A resource at a link, described whole (values checked by the caller, as {@link ResourceRules} does). */
    public LearningResource(Course course, int position, ResourceKind kind, String title, String description, Integer minutes,
                            BigDecimal cpdHours, boolean completesCourse, String url) {
        this(course, position);
        describe(kind, title, description, minutes, cpdHours, completesCourse);
        link(url);
    }

    /** Sets what the resource is; {@link LearningResourceService} has checked every value. */
    void describe(ResourceKind kind, String title, String description, Integer minutes, BigDecimal cpdHours, boolean completesCourse) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.minutes = minutes;
        this.cpdHours = cpdHours;
        this.completesCourse = completesCourse;
    }

    /** The resource is at a link (any uploaded file is dropped). */
    void link(String url) {
        this.url = url;
        this.fileName = null;
        this.contentType = null;
        this.fileSize = null;
    }

    /** The resource is an uploaded file (its bytes are a {@link LearningResourceFile} of the same id). */
    public void file(String fileName, String contentType, int fileSize) {
        this.url = null;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = fileSize;
    }

    void retire(boolean retired) {
        this.retired = retired;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** The link to the resource, or null when it is an uploaded file. */
    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Integer getFileSize() {
        return fileSize;
    }

    public boolean isUploaded() {
        return fileName != null;
    }

    /** The estimated time it takes, in minutes; null for a resource the learning team has not yet timed. */
    public Integer getMinutes() {
        return minutes;
    }

    /** The CPD hours doing it gives; null until the learning team gives them. */
    public BigDecimal getCpdHours() {
        return cpdHours;
    }

    public boolean isCompletesCourse() {
        return completesCourse;
    }

    public boolean isRetired() {
        return retired;
    }
}
