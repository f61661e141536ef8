package org.learningnetwork.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The needs a manager can state, for forms ({@code #{needLevels.all}}), and reading one back from a form. */
@Named
@ApplicationScoped
public class NeedLevels {

    public List<NeedLevel> getAll() {
        return List.of(NeedLevel.values());
    }

    /** The level chosen in a form; {@code null} when none was (or something not offered was sent). */
    static NeedLevel parse(String name) {
        for (NeedLevel level : NeedLevel.values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        return null;
    }
}
