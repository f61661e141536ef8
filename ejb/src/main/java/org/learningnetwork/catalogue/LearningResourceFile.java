package org.learningnetwork.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a resource's uploaded file, kept apart so that lists of resources never read them. */
@Entity
@Table(name = "learning_resource_file")
public class LearningResourceFile {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "content")
    private byte[] content;

    protected LearningResourceFile() {
    }

    public LearningResourceFile(Long resourceId, byte[] content) {
        this.resourceId = resourceId;
        this.content = content;
    }

    void replace(byte[] content) {
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
