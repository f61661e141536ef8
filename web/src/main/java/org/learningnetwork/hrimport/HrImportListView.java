package org.learningnetwork.hrimport;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.PagedModel;

/** The HR import's page: upload an HR export to be checked, and the imports so far. */
@Named
@ViewScoped
public class HrImportListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "uploadForm";

    @Inject
    private HrImportService imports;

    @Inject
    private HrImportJob job;

    @Inject
    private Messages messages;

    private transient Part file;
    private PagedModel<HrImportService.Summary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> imports.list(page));
    }

    /** Takes the file and starts its dry run; then its page. */
    public void upload() {
        if (file != null && file.getSize() > HrImportService.MAX_BYTES) {
            messages.error(FORM + ":file", "hr.file.tooLarge");
            return;
        }
        byte[] content;
        try {
            content = read(file);
        } catch (IOException e) {
            messages.error(FORM + ":file", "hr.file.unreadable");
            return;
        }
        String name = file == null ? null : file.getSubmittedFileName();
        messages.attempt(FORM, () -> job.upload(name, content, HrImport.Source.UPLOAD))
                .ifPresent(id -> messages.noticeAndGoTo("/admin/hr-import-run.xhtml?id=" + id, "hr.uploaded"));
    }

    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public String status(HrImportService.Summary summary) {
        return "hr.status." + summary.status().name();
    }

    public PagedModel<HrImportService.Summary> getModel() {
        return model;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
