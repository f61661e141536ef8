package org.learningnetwork.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the four regional learning networks that group Scotland's council areas. Read-only reference data. */
@Entity
@Cacheable
@Table(name = "learning_network_region")
public class LearningNetworkRegion {

    @Id
    private Long id;

    private String name;

    protected LearningNetworkRegion() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
