package org.learningnetwork.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Optional;
import java.util.logging.Logger;
import org.learningnetwork.platform.RejectedException;

/**
 * The start of a new installation, with nothing to type into a database: while no active account holds the
 * administrator's role with a password, and {@code learningnetwork.first-administrator.email} names the first
 * administrator, each start of the server gives them the account {@code learningnetwork.first-administrator.username}
 * (their e-mail address unless set) and e-mails them a link to set its password, which works once, for a day. The link
 * is also written to the server log, for installations that cannot send mail yet. Once an administrator has a password
 * this does nothing, whatever is set. Without the setting, the log says how to start.
 *
 * <p>Instances starting together may each send a link (both work until one is used); the account is made once (its
 * username is unique), and an instance that loses that race says so and carries on.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
@PermitAll
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    private AccountService accounts;

    @PostConstruct
    void start() {
        try {
            Optional<String> link = accounts.startFirstAdministrator();
            link.ifPresent(address -> LOG.warning(() -> "No administrator has a password yet. The first administrator ("
                    + AccountSettings.FIRST_ADMINISTRATOR_EMAIL.name() + ") was e-mailed a link to set their password, which works once within a day: "
                    + address));
        } catch (RejectedException e) {
            LOG.warning(() -> "No administrator has a password yet. To start, set " + AccountSettings.FIRST_ADMINISTRATOR_EMAIL.name()
                    + " to the first administrator's e-mail address and restart the server: they are sent a link to set their"
                    + " password (see docs/servers.md).");
        } catch (RuntimeException e) {
            LOG.warning(() -> "The first administrator's link was not made on this instance (" + e.getClass().getSimpleName()
                    + "); another instance starting at the same time may have made it, else restart the server");
        }
    }
}
