package org.learningnetwork.reporting.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;
import org.learningnetwork.reporting.KpiPart;
import org.learningnetwork.reporting.KpiService;

/**
 * Reads the partition's parts of the quarter's figures one by one, in their order; the checkpoint is the next part, so
 * a restart goes on from there. With the job parameter {@code pauseMillis} (or, without it, the system property
 * {@value #PAUSE_MILLIS}) it waits that long before each part after the first, to spare a busy database. A run that goes on with one the server's stop interrupted (job parameter
 * {@code resume}) leaves out the parts that run stored.
 */
@Named
@Dependent
public class KpiPartReader extends AbstractItemReader {

    /** The pause before each part after the first, in milliseconds (0 to 60,000; none unless set). */
    public static final Setting<Long> PAUSE_MILLIS = Setting.longNumber("learningnetwork.kpi.pause-millis", 0, 0, 60_000);

    @Inject
    private KpiService kpis;

    @Inject
    @BatchProperty
    private String quarter;

    @Inject
    @BatchProperty
    private String resume;

    /** How long to wait before each part after the first, in milliseconds (0 to 60,000; none by default). */
    @Inject
    @BatchProperty
    private String pauseMillis;

    /** The partition's parts, by name, separated by commas. */
    @Inject
    @BatchProperty
    private String parts;

    private List<KpiPart> mine;

    private Set<KpiPart> leftOut = EnumSet.noneOf(KpiPart.class);

    /** Where the next part to read is in the partition's. */
    private int next;

    private boolean first = true;

    @Override
    public void open(Serializable checkpoint) {
        mine = Arrays.stream(parts.split(",")).map(String::strip).map(KpiPart::valueOf).toList();
        if (Boolean.parseBoolean(resume)) {
            leftOut = kpis.storedParts(Quarter.parse(quarter).orElseThrow());
        }
        if (checkpoint instanceof Integer done) {
            next = done;
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (!first) {
            Thread.sleep(pauseMillis == null || pauseMillis.isBlank() || "0".equals(pauseMillis.strip())
                    ? PAUSE_MILLIS.get() : pause(pauseMillis));
        }
        first = false;
        while (next < mine.size() && leftOut.contains(mine.get(next))) {
            next++;
        }
        return next < mine.size() ? mine.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    static long pause(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Math.max(0, Math.min(60_000, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The KPI job's setting, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
