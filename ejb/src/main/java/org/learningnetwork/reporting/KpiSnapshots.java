package org.learningnetwork.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learningnetwork.figures.Quarter;

/** Reading the stored snapshot, for the screens (through {@link KpiService}, role-checked) and the report pack. */
@ApplicationScoped
public class KpiSnapshots {

    @PersistenceContext
    private EntityManager em;

    /** The stored figures of a quarter, committee and breakdown, by key; in a breakdown, cells withheld as {@link SmallNumbers} says. */
    public List<KpiFigure> figures(Quarter quarter, String committee, KpiDimension dimension) {
        List<KpiFigure> figures = em.createQuery("select f from KpiFigure f where f.id.quarter = :quarter and f.id.committee = :committee"
                        + " and f.id.dimension = :dimension order by f.id.key", KpiFigure.class)
                .setParameter("quarter", quarter.code()).setParameter("committee", committee).setParameter("dimension", dimension)
                .getResultList();
        if (dimension != KpiDimension.ALL) {
            // A breakdown's rows add up to the committee's figures: one small number among them is protected by another.
            KpiTables.protect(figures);
        }
        return figures;
    }

    /** The ALL figures of {@code committee} for the {@code count} quarters up to {@code last}, oldest first (missing ones left out). */
    public Map<Quarter, KpiFigure> trend(String committee, Quarter last, int count) {
        List<String> quarters = new ArrayList<>();
        Quarter quarter = last;
        for (int i = 0; i < count; i++) {
            quarters.add(quarter.code());
            quarter = quarter.previous();
        }
        Map<Quarter, KpiFigure> trend = new TreeMap<>();
        em.createQuery("select f from KpiFigure f where f.id.committee = :committee and f.id.dimension = :all and f.id.quarter in :quarters",
                        KpiFigure.class).setParameter("committee", committee).setParameter("all", KpiDimension.ALL)
                .setParameter("quarters", quarters).getResultList()
                .forEach(f -> trend.put(Quarter.parse(f.getId().getQuarter()).orElseThrow(), f));
        return trend;
    }
}
