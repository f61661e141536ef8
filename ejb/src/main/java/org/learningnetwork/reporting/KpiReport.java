package org.learningnetwork.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.learningnetwork.figures.Quarter;

/** One file of a committee's report pack for a quarter: the PDF, the spreadsheet or the CSV file. */
@Entity
@Table(name = "kpi_report")
@IdClass(KpiReport.Key.class)
public class KpiReport {

    /** The file formats of a pack. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv", "csv");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A report's identity: quarter, committee and format. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String quarter;
        private String committee;
        private Format format;

        public Key() {
        }

        public Key(String quarter, String committee, Format format) {
            this.quarter = quarter;
            this.committee = committee;
            this.format = format;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && quarter.equals(k.quarter) && committee.equals(k.committee) && format == k.format;
        }

        @Override
        public int hashCode() {
            return Objects.hash(quarter, committee, format);
        }
    }

    @Id
    @Column(name = "quarter_code")
    private String quarter;

    @Id
    @Column(name = "committee_code")
    private String committee;

    @Id
    @Enumerated(EnumType.STRING)
    private Format format;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content")
    private byte[] content;

    @Column(name = "created_at")
    private Instant createdAt;

    protected KpiReport() {
    }

    KpiReport(Quarter quarter, String committee, Format format, byte[] content, Instant createdAt) {
        this.quarter = quarter.code();
        this.committee = committee;
        this.format = format;
        this.fileName = "kpi-report-" + committee.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + quarter.code() + "."
                + format.extension();
        this.content = content;
        this.createdAt = createdAt;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getCommittee() {
        return committee;
    }

    public Format getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public int getSize() {
        return content.length;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
