package org.learningnetwork.reporting.job;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.learningnetwork.reporting.KpiPart;

/**
 * Two partitions working at the same time, each given every other part of the figures in their order (the parts are
 * independent of each other, and in an order that shares out the work about evenly).
 */
@Named
@Dependent
public class KpiPartitionMapper implements PartitionMapper {

    static final int THREADS = 2;

    @Override
    public PartitionPlan mapPartitions() {
        Properties[] properties = new Properties[THREADS];
        for (int i = 0; i < THREADS; i++) {
            int partition = i;
            properties[i] = new Properties();
            properties[i].setProperty("parts", Arrays.stream(KpiPart.values()).filter(part -> part.ordinal() % THREADS == partition)
                    .map(Enum::name).collect(Collectors.joining(",")));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(THREADS);
        plan.setThreads(THREADS);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
