package org.learningnetwork.hrimport;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.RejectedException;

/**
 * The council's HR export columns: the header of each field the import reads, where the council's HR system names
 * it otherwise than the default.
 */
@Named
@ViewScoped
public class HrColumnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HrImportService imports;

    @Inject
    private Messages messages;

    private final List<Column> columns = new ArrayList<>();

    /** A field, its default header and the header it has (blank: the default); {@code input} is its input's id. */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String label;
        private final String defaultHeader;
        private String header;

        Column(String field, String label, String defaultHeader, String header) {
            this.field = field;
            this.label = label;
            this.defaultHeader = defaultHeader;
            this.header = header.equals(defaultHeader) ? null : header;
        }

        public String getField() {
            return field;
        }

        public String getInput() {
            return field.replace(':', '_');
        }

        public String getLabel() {
            return label;
        }

        public String getDefaultHeader() {
            return defaultHeader;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    @PostConstruct
    void init() {
        Map<String, String> frameworks = imports.frameworks();
        Map<String, String> defaults = HrColumns.of(Map.of(), frameworks).headers();
        imports.columns().headers().forEach((field, header) -> {
            String framework = HrColumns.frameworkOf(field);
            String label = framework == null ? messages.text("hr.field." + field) : messages.text("hr.field.group", frameworks.get(framework));
            columns.add(new Column(field, label, defaults.get(field), header));
        });
    }

    public void save() {
        Map<String, String> headers = new LinkedHashMap<>();
        columns.forEach(c -> headers.put(c.getField(), c.getHeader()));
        try {
            imports.saveColumns(headers);
        } catch (RejectedException e) {
            // Each problem on its field's input (a workforce group field's colon is an underscore in the id).
            e.getProblems().forEach(problem -> messages.error(problem.field() == null ? null
                    : "columnsForm:" + problem.field().replace(':', '_'), problem.messageKey()));
            return;
        }
        messages.noticeAndGoTo("/admin/hr-columns.xhtml", "common.saved");
    }

    public List<Column> getColumns() {
        return columns;
    }
}
