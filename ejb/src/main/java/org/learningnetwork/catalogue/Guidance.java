package org.learningnetwork.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Cache;
import org.learningnetwork.platform.SharedCache;
import org.learningnetwork.platform.Text;

/**
 * Something a course answers to: legislation, national guidance or a strategy it helps practitioners apply, or a
 * local learning review or inspection whose findings it takes up (seed 002). The learning team keeps the list;
 * an entry a course names is retired rather than deleted, and then offered for no new course.
 */
@Entity
@Table(name = "guidance")
@Cacheable
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
public class Guidance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_seq")
    @SequenceGenerator(name = "guidance_seq", sequenceName = "guidance_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{guidance.kind.required}")
    @Enumerated(EnumType.STRING)
    private GuidanceKind kind;

    @NotBlank(message = "{guidance.title.required}")
    @Size(max = 300, message = "{guidance.title.size}")
    private String title;

    @Size(max = 1000, message = "{guidance.url.size}")
    @Pattern(regexp = "https?://\\S+", message = "{guidance.url.web}")
    private String url;

    private boolean retired;

    public Guidance() {
    }

    public Guidance(GuidanceKind kind, String title, String url) {
        this.kind = kind;
        setTitle(title);
        setUrl(url);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public GuidanceKind getKind() {
        return kind;
    }

    public void setKind(GuidanceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Text.clean(title);
    }

    /** Where to read it, or {@code null}. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = Text.clean(url);
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guidance g && id != null && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
