package org.learningnetwork.platform;

import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * The web tier's settings, for the check at start-up: the largest request and upload ({@link RequestGuard}), how long
 * public pages are copied and how many copies are kept ({@link PublicPageCache}), and whether the session cookie is
 * marked {@code Secure} ({@link SessionCookies}).
 */
@Dependent
public class WebSettings implements SettingGroup {

    @Override
    public List<Setting<?>> settings() {
        return List.of(RequestGuard.LARGEST_BODY, RequestGuard.LARGEST_UPLOAD, PublicPageCache.SECONDS, PublicPageCache.COPIES,
                SessionCookies.SECURE);
    }
}
