package org.learningnetwork.hrimport;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An HR export uploaded, and where it has got to: being checked (the dry run), checked with what applying it would
 * do, refused whole (the problem says why), being applied, applied, or discarded. The counts are those of the
 * latest dry run or, once applied, of what was done. The file itself is kept with it (and deleted with it by the
 * retention sweep three months after the upload), so that any instance can check and apply it.
 */
@Entity
@Table(name = "hr_import")
public class HrImport {

    public enum Status {
        CHECKING, CHECKED, REFUSED, APPLYING, APPLIED, DISCARDED;

        /** A run of the import's job is due or going. */
        public boolean working() {
            return this == CHECKING || this == APPLYING;
        }
    }

    /** How the file came: uploaded on the screen, sent to the API, or picked up from the import folder. */
    public enum Source { UPLOAD, API, FOLDER }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hr_import_seq")
    @SequenceGenerator(name = "hr_import_seq", sequenceName = "hr_import_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "file_name")
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "uploaded_by_account_id")
    private Long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String problem;

    @Column(name = "rows_read")
    private int rowsRead;

    @Column(name = "created_count")
    private int created;

    @Column(name = "changed_count")
    private int changed;

    @Column(name = "deactivated_count")
    private int deactivated;

    @Column(name = "unchanged_count")
    private int unchanged;

    @Column(name = "error_count")
    private int errors;

    @Column(name = "invited_count")
    private int invited;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected HrImport() {
    }

    public HrImport(String fileName, byte[] content, Source source, Long uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content;
        this.source = source;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.status = Status.CHECKING;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public Source getSource() {
        return source;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getProblem() {
        return problem;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getCreated() {
        return created;
    }

    public int getChanged() {
        return changed;
    }

    public int getDeactivated() {
        return deactivated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getErrors() {
        return errors;
    }

    public int getInvited() {
        return invited;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    void status(Status status) {
        this.status = status;
    }
}
