package org.learningnetwork.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.JNDIConnector;

/**
 * The application's data source for the few places that need plain JDBC (the schema migration, cursors over large
 * results): the very one the persistence unit was given by the server for {@code jta-data-source} in
 * {@code persistence.xml}. Taken from the persistence unit rather than looked up again, so that the data source is
 * named in one place and resolves the same way on every server (WildFly resolves a name such as
 * {@code jdbc/learningnetwork} differently for the persistence unit and for {@code @Resource}).
 */
@ApplicationScoped
public class Database {

    @PersistenceUnit
    private EntityManagerFactory units;

    private volatile DataSource dataSource;

    /** The persistence unit's data source. */
    public DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            // The server may hand out a wrapper of EclipseLink's factory (GlassFish and Payara do): unwrap, not cast.
            if (!(units.unwrap(JpaEntityManagerFactory.class).getServerSession().getLogin().getConnector() instanceof JNDIConnector connector)
                    || connector.getDataSource() == null) {
                throw new IllegalStateException("The persistence unit has no data source from the server: see persistence.xml");
            }
            found = connector.getDataSource();
            dataSource = found;
        }
        return found;
    }
}
