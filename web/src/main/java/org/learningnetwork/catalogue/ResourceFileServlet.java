package org.learningnetwork.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.platform.NotFoundException;

/**
 * The uploaded file of a resource a course in the catalogue offers, at {@code /resource-file/<id>/<file name>} (the
 * name is there for the browser; the id decides). PDFs, sound, video and pictures open in the browser; office files
 * download. Anything else, a retired resource or an id that is not a number, is 404.
 */
@WebServlet(ResourceFileServlet.PATH + "/*")
public class ResourceFileServlet extends HttpServlet {

    static final String PATH = "/resource-file";

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})(/[^/]*)?");
    private static final Set<String> INLINE = Set.of("application/pdf", "audio/mpeg", "audio/mp4", "video/mp4", "video/webm",
            "image/png", "image/jpeg");

    @Inject
    private transient LearningResourceService resources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher id = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        LearningResourceService.Download file;
        try {
            if (!id.matches()) {
                throw new NotFoundException("LearningResourceFile", null);
            }
            file = resources.file(Long.parseLong(id.group(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        String disposition = INLINE.contains(file.contentType()) ? "inline" : "attachment";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(file.content());
    }
}
