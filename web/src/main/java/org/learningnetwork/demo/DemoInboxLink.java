package org.learningnetwork.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the menu offers the demo inbox: only while the demo mailbox receives mail. One for the application (the
 * template asks on every page; {@link InboxView} is the inbox page's own, made for its request).
 */
@Named
@ApplicationScoped
public class DemoInboxLink {

    @Inject
    private DemoMailbox mailbox;

    /** Asks the mailbox only in demo mode: elsewhere it never opens, and the menu asks on every page. */
    public boolean isShown() {
        return DemoSettings.DEMO.get() && mailbox.isOpen();
    }
}
