package org.hotline.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hotline.audit.AuditKey;
import org.hotline.complaint.IdentitySeal;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date when the application starts, then has Hibernate validate it against the entities.
 *
 * <p>Hibernate never generates the schema: the persistence unit starts without touching tables, this bean migrates
 * with Flyway, and only then validates. Every other start-up bean that reads or writes the database declares
 * {@code @DependsOn("SchemaMigration")}, and the container serves no request before all start-up beans are done. A
 * failed migration or validation fails the deployment, so the application never runs on a schema it does not match.
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself on connections of its own, from the migration
 * user's datasource; the persistence unit uses the application user, who cannot alter the schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Inject
    private Clock clock;

    /**
     * The keys of data at rest, needed by every complaint and audit entry and by a migration: injected here, so a
     * server without them does not start rather than fail at the first complaint.
     */
    @Inject
    private IdentitySeal identitySeal;

    @Inject
    private AuditKey auditKey;

    /**
     * The migration user's pool (datasource.cli): the only connections that may change the schema. The application's
     * own user (HotlineDS) reads and writes rows only.
     */
    @Resource(lookup = "java:jboss/datasources/HotlineMigrationDS")
    private DataSource migrationDataSource;

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrateThenValidate() {
        RewordedComments.acknowledge(migrationDataSource);
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(migrationDataSource)
                .locations("classpath:db/migration")
                // migrations that need the keys of the environment, given explicitly rather than scanned for
                .javaMigrations(new V19__Identity_sealed_audit_keyed(identitySeal, auditKey.bytes(), clock))
                .load()
                .migrate();
        LOG.infof(
                "Database schema at version %s (%d migration(s) applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("Database schema matches the entities");
    }
}
