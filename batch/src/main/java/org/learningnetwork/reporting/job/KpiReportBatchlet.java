package org.learningnetwork.reporting.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalInt;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.reporting.KpiService;
import org.learningnetwork.reporting.ReportPack;

/**
 * Renders each committee's report pack from the quarter's new figures, stores it, and e-mails it to the committee's
 * distribution list (each committee in a transaction of its own), leaving out the committees whose packs were sent
 * since the figures last changed (when a run goes on after an interruption, or this step runs again). The exit status
 * is PACKS:<packs>:<e-mails>:<packs sent before> (the jobs screen writes it in words).
 */
@Named
@Dependent
public class KpiReportBatchlet extends AbstractBatchlet {

    @Inject
    private KpiService kpis;

    @Inject
    private ReportPack packs;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    public String process() {
        Quarter q = Quarter.parse(quarter).orElseThrow();
        int rendered = 0;
        int mailed = 0;
        int sentBefore = 0;
        for (String committee : kpis.committees()) {
            OptionalInt sent = packs.sendOnce(q, committee);
            if (sent.isPresent()) {
                rendered++;
                mailed += sent.getAsInt();
            } else {
                sentBefore++;
            }
        }
        return "PACKS:" + rendered + ":" + mailed + ":" + sentBefore;
    }
}
