package org.learningnetwork.hrimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.platform.Text;

/**
 * Which column of a council's HR export holds each field: the header mapped for the council, or the field's default
 * header. Headers are matched ignoring case and surrounding or repeated spaces. Fields are named by their
 * {@link HrField} name, and a workforce group by {@code GROUP:<framework code>}.
 */
public final class HrColumns {

    private static final String GROUP = "GROUP:";

    private final Map<String, String> headers;

    private HrColumns(Map<String, String> headers) {
        this.headers = headers;
    }

    /**
     * The columns for the frameworks named (code to name, in the order shown), the council's own headers taking the
     * place of the defaults; mapped fields that are no longer fields are left out.
     */
    public static HrColumns of(Map<String, String> mapped, Map<String, String> frameworks) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HrField field : HrField.values()) {
            headers.put(field.name(), field.defaultHeader());
        }
        frameworks.forEach((code, name) -> headers.put(groupField(code), name + " workforce group"));
        mapped.forEach((field, header) -> {
            if (headers.containsKey(field) && Text.clean(header) != null) {
                headers.put(field, Text.clean(header));
            }
        });
        return new HrColumns(headers);
    }

    /** The field of the workforce group in the framework with this code. */
    public static String groupField(String frameworkCode) {
        return GROUP + frameworkCode;
    }

    /** The framework code of a workforce group field, or {@code null} for another field. */
    public static String frameworkOf(String field) {
        return field.startsWith(GROUP) ? field.substring(GROUP.length()) : null;
    }

    /** Every field, with its header, in order. */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The column of each field found among a file's headers, or the required fields whose column is missing. */
    public Located locate(List<String> fileHeaders) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < fileHeaders.size(); i++) {
            String key = Text.key(fileHeaders.get(i) == null ? null : fileHeaders.get(i).replace("\uFEFF", ""));
            if (key != null) {
                byKey.putIfAbsent(key, i);
            }
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        headers.forEach((field, header) -> {
            Integer column = byKey.get(Text.key(header));
            if (column != null) {
                columns.put(field, column);
            } else if (frameworkOf(field) == null && HrField.valueOf(field).required()) {
                missing.add(header);
            }
        });
        return new Located(columns, missing);
    }

    /** The column of each field a file has ({@code columns}), and the headers of the required fields it lacks. */
    public record Located(Map<String, Integer> columns, List<String> missing) {

        public Integer column(HrField field) {
            return columns.get(field.name());
        }
    }
}
