package org.learningnetwork.platform;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses to start the application with a setting it cannot use, naming each such setting and what it takes: every
 * feature's settings ({@link SettingGroup}) are read once at deployment, so a mistyped value stops the deployment
 * instead of being found (or silently replaced by its default) when the setting is first needed.
 */
@WebListener
public class SettingsCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    @Any
    private Instance<SettingGroup> groups;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        List<Setting<?>> settings = new ArrayList<>();
        groups.forEach(group -> settings.addAll(group.settings()));
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            problems.forEach(LOG::severe);
            throw new IllegalStateException("Learning Network cannot start: " + String.join("; ", problems));
        }
        LOG.info(() -> "Settings checked: " + settings.size() + " settings, none refused");
    }

    /** What is wrong with the settings: values that cannot be used, and any setting declared twice. */
    static List<String> problems(List<Setting<?>> settings) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Setting<?> setting : settings) {
            if (!names.add(setting.name())) {
                problems.add("The setting " + setting.name() + " is declared twice");
            }
            setting.problem().ifPresent(problems::add);
        }
        return problems;
    }
}
