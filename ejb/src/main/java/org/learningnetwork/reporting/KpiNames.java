package org.learningnetwork.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The names of a breakdown's keys: strands by code, agencies and workforce groups by id (as text). */
@ApplicationScoped
public class KpiNames {

    @PersistenceContext
    private EntityManager em;

    /** The names of {@code keys}; a key without a name is left out. */
    public Map<String, String> of(KpiDimension dimension, Collection<String> keys) {
        Map<String, String> names = new TreeMap<>();
        if (keys.isEmpty() || dimension == KpiDimension.ALL) {
            return names;
        }
        String sql = switch (dimension) {
            case STRAND -> "select code, name from strand";
            case AGENCY -> "select cast(id as varchar(40)), name from organisation";
            case GROUP -> "select cast(id as varchar(40)), name from workforce_group";
            case ALL -> throw new IllegalStateException();
        };
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            String key = columns[0].toString().strip();
            if (keys.contains(key)) {
                names.put(key, columns[1].toString());
            }
        }
        return names;
    }

    /** Gives each figure its name ({@code committee} for the ALL row). */
    public void name(Collection<KpiFigure> figures, String committee) {
        Map<KpiDimension, Map<String, String>> byDimension = new TreeMap<>();
        for (KpiFigure figure : figures) {
            KpiDimension dimension = figure.getId().getDimension();
            if (dimension == KpiDimension.ALL) {
                figure.named(committee);
                continue;
            }
            Map<String, String> names = byDimension.computeIfAbsent(dimension, d -> of(d,
                    figures.stream().filter(f -> f.getId().getDimension() == d).map(f -> f.getId().getKey()).toList()));
            figure.named(names.getOrDefault(figure.getId().getKey(), figure.getId().getKey()));
        }
    }
}
