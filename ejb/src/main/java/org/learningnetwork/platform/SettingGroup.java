package org.learningnetwork.platform;

import java.util.List;

/**
 * A feature's settings, listed for the check at start-up: each feature has one, a bean of its own package, so that the
 * check finds every setting without knowing the features.
 */
public interface SettingGroup {

    List<Setting<?>> settings();
}
