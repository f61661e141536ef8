package org.learningnetwork.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/**
 * What a piece of self-guided learning must say: a kind, a title (up to 200 characters), an optional description (up
 * to 1,000), either a web link or an uploaded file (one of the kinds of file people can open without special
 * software, up to {@link #MAX_FILE_BYTES}), the minutes it takes (1 to 6,000) and the CPD hours it gives (0 to 99.75,
 * in quarters of an hour). Each problem names its field.
 */
public final class ResourceRules {

    /** The largest file that can be uploaded: 20 MB, enough for a recorded briefing or a podcast episode. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** The files accepted, by extension, with the content type they are served as. */
    public static final Map<String, String> FILE_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "mp3", "audio/mpeg",
            "m4a", "audio/mp4",
            "mp4", "video/mp4",
            "webm", "video/webm",
            "png", "image/png",
            "jpg", "image/jpeg");

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern FILE_NAME = Pattern.compile("[^\\\\/:*?\"<>|\\p{Cntrl}]{1,200}");
    private static final BigDecimal MAX_CPD = new BigDecimal("99.75");
    private static final BigDecimal QUARTERS = new BigDecimal("4");

    private ResourceRules() {
    }

    /** What the learning team typed: the link is ignored when a file comes with the form. */
    public record Draft(ResourceKind kind, String title, String description, String url, Integer minutes, BigDecimal cpdHours,
                        boolean completesCourse) implements java.io.Serializable {
    }

    /** A file uploaded with the form: its name as the browser gave it, and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A draft as it is stored: text cleaned. */
    record Checked(ResourceKind kind, String title, String description, String url, Integer minutes, BigDecimal cpdHours,
                   boolean completesCourse, String fileName, String contentType) {
    }

    /**
     * Checks a draft, with the file uploaded now (or none) and whether the resource already has a file that is kept.
     * Throws nothing: the problems come back, empty when the draft can be stored.
     */
    public static List<Problem> check(Draft draft, Upload upload, boolean keepsFile) {
        List<Problem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new Problem("kind", "resource.kind.required"));
        }
        String title = Text.clean(draft.title());
        if (title == null) {
            problems.add(new Problem("title", "resource.title.required"));
        } else if (title.length() > 200) {
            problems.add(new Problem("title", "resource.title.size"));
        }
        String description = Text.clean(draft.description());
        if (description != null && description.length() > 1000) {
            problems.add(new Problem("description", "resource.description.size"));
        }
        String url = Text.clean(draft.url());
        if (upload != null) {
            fileProblem(upload).ifPresent(key -> problems.add(new Problem("file", key)));
        } else if (url == null) {
            if (!keepsFile) {
                problems.add(new Problem("url", "resource.where.required"));
            }
        } else if (url.length() > 1000) {
            problems.add(new Problem("url", "resource.url.size"));
        } else if (!LINK.matcher(url).matches()) {
            problems.add(new Problem("url", "resource.url.invalid"));
        }
        if (draft.minutes() == null) {
            problems.add(new Problem("minutes", "resource.minutes.required"));
        } else if (draft.minutes() < 1 || draft.minutes() > 6000) {
            problems.add(new Problem("minutes", "resource.minutes.range"));
        }
        BigDecimal cpd = draft.cpdHours();
        if (cpd == null) {
            problems.add(new Problem("cpdHours", "resource.cpdHours.required"));
        } else if (cpd.signum() < 0 || cpd.compareTo(MAX_CPD) > 0 || cpd.multiply(QUARTERS).stripTrailingZeros().scale() > 0) {
            problems.add(new Problem("cpdHours", "resource.cpdHours.range"));
        }
        return problems;
    }

    /** The draft cleaned, once {@link #check} found nothing. */
    static Checked checked(Draft draft, Upload upload) {
        String fileName = upload == null ? null : baseName(upload.fileName());
        return new Checked(draft.kind(), Text.clean(draft.title()), Text.clean(draft.description()),
                upload == null ? Text.clean(draft.url()) : null, draft.minutes(), draft.cpdHours().setScale(2),
                draft.completesCourse(), fileName, fileName == null ? null : FILE_TYPES.get(extension(fileName)));
    }

    /** Why an uploaded file cannot be taken (a message key), if it cannot. */
    static Optional<String> fileProblem(Upload upload) {
        String name = baseName(upload.fileName());
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.of("resource.file.name");
        }
        if (!FILE_TYPES.containsKey(extension(name))) {
            return Optional.of("resource.file.type");
        }
        if (upload.content() == null || upload.content().length == 0) {
            return Optional.of("resource.file.empty");
        }
        if (upload.content().length > MAX_FILE_BYTES) {
            return Optional.of("resource.file.size");
        }
        return Optional.empty();
    }

    /** The name of a file without any folders a browser sent with it. */
    static String baseName(String fileName) {
        String name = Text.clean(fileName);
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1).strip();
        return base.isEmpty() ? null : base;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
