package org.learningnetwork.reporting;

import java.io.Serializable;
import java.time.Instant;

/** A stored file of a report pack, without its content: for lists and links. */
public record ReportFile(String quarter, String committee, KpiReport.Format format, String fileName, Instant createdAt)
        implements Serializable {
}
