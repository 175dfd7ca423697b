package org.hotline.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Migrations whose comments were reworded after they had been applied (to say what each change is for, by area), their
 * SQL untouched. Flyway's checksum covers comments too, so a database migrated before would refuse to start with a
 * checksum mismatch. Before migrating, each such migration recorded with exactly its former checksum is given its
 * present one; any other difference still fails the start, as an edited migration must.
 */
final class RewordedComments {

    private static final Logger LOG = Logger.getLogger(RewordedComments.class);

    /** The checksum each reworded migration had when applied, and the one it has now. */
    record Checksums(int before, int now) {}

    static final Map<String, Checksums> REWORDED = Map.ofEntries(
            Map.entry("2", new Checksums(757986409, -883742575)),
            Map.entry("4", new Checksums(121905987, -1148152798)),
            Map.entry("5", new Checksums(757879013, -664535932)),
            Map.entry("6", new Checksums(1322993481, 763143077)),
            Map.entry("7", new Checksums(2102355273, 1025484176)),
            Map.entry("8", new Checksums(1552013120, -1931438188)),
            Map.entry("9", new Checksums(371849280, 409879341)),
            Map.entry("10", new Checksums(-1861288767, -1645050405)),
            Map.entry("11", new Checksums(-1086150769, -1131365022)),
            Map.entry("12", new Checksums(-205351819, -393644829)),
            Map.entry("13", new Checksums(2063925120, -1396832486)),
            Map.entry("14", new Checksums(-673912078, -1843829797)),
            Map.entry("15", new Checksums(-1233866177, 832471303)));

    private RewordedComments() {}

    /** Records the present checksums of reworded migrations applied before; a new database has nothing to update. */
    static void acknowledge(DataSource migrations) {
        try (Connection connection = migrations.getConnection()) {
            if (!historyExists(connection)) {
                return;
            }
            int updated = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "update flyway_schema_history set checksum = ? where version = ? and checksum = ?")) {
                for (var migration : REWORDED.entrySet()) {
                    update.setInt(1, migration.getValue().now());
                    update.setString(2, migration.getKey());
                    update.setInt(3, migration.getValue().before());
                    updated += update.executeUpdate();
                }
            }
            if (updated > 0) {
                LOG.infof("Recorded the reworded comments of %d applied migration(s); their SQL is unchanged", updated);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The migration history could not be read", failed);
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }
}
