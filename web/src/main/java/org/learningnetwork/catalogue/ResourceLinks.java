package org.learningnetwork.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a piece of self-guided learning opens: its link, or its uploaded file served by {@link ResourceFileServlet}. */
@Named
@ApplicationScoped
public class ResourceLinks {

    /** The address to open the resource at, for a page of this application. */
    public String href(LearningResource resource) {
        if (!resource.isUploaded()) {
            return resource.getUrl();
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path(resource);
    }

    /** What an uploaded file is, for its link: its type and size, e.g. "PDF, 230 KB". */
    public String fileNote(LearningResource resource) {
        String name = resource.getFileName();
        String type = name.substring(name.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
        int size = resource.getFileSize() == null ? 0 : resource.getFileSize();
        String amount = size >= 1024 * 1024 ? String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024))
                : Math.max(1, Math.round(size / 1024.0)) + " KB";
        return type + ", " + amount;
    }

    /** The path of an uploaded file within the application: {@code /resource-file/<id>/<file name>}. */
    public static String path(LearningResource resource) {
        return ResourceFileServlet.PATH + "/" + resource.getId() + "/"
                + URLEncoder.encode(resource.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
