package org.learningnetwork.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link to learning a person can do on their own time (a briefing paper, video, e-learning module). */
@Embeddable
public class SelfGuidedResource {

    @NotBlank(message = "{course.resource.title.required}")
    @Size(max = 200, message = "{course.resource.title.size}")
    private String title;

    @NotBlank(message = "{course.resource.url.required}")
    @Size(max = 1000, message = "{course.resource.url.size}")
    @Pattern(regexp = "https?://\\S+", message = "{course.resource.url.invalid}")
    private String url;

    protected SelfGuidedResource() {
    }

    public SelfGuidedResource(String title, String url) {
        this.title = title == null ? null : title.strip();
        this.url = url == null ? null : url.strip();
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
