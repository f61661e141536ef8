package org.learningnetwork.reporting;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/** One partition per committee, two at a time (the committees' figures are independent of each other). */
@Named
@Dependent
public class KpiPartitionMapper implements PartitionMapper {

    static final int THREADS = 2;

    @Inject
    private Kpis kpis;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> committees = kpis.committees();
        Properties[] properties = new Properties[committees.size()];
        for (int i = 0; i < committees.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("committee", committees.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(committees.size());
        plan.setThreads(Math.min(THREADS, Math.max(1, committees.size())));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
