package org.hotline.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hotline.audit.AuditRelinking;
import org.hotline.complaint.IdentitySeal;
import org.jboss.logging.Logger;

/**
 * Data at rest: the complainant's identity becomes ciphertext and the audit chain becomes keyed. A Java migration
 * rather than SQL, because both need keys that live only in the server's environment, never in the database.
 *
 * <ul>
 * <li>complaint: the three identity columns become VARBINARY (their text kept byte for byte), every identity already
 * there is sealed in place with the current key of {@code HOTLINE_IDENTITY_KEY}, and {@code identity_key} names the
 * key of each row, for rotations.
 * <li>audit: the existing chain is checked with its old unkeyed arithmetic, re-linked with {@code HOTLINE_AUDIT_KEY},
 * and marked by an {@code AUDIT_CHAIN_KEYED} entry (see {@link AuditRelinking}).
 * </ul>
 *
 * <p>The keys are checked first, before any change: without them the migration fails and changes nothing.
 */
public class V19__Identity_sealed_audit_keyed extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V19__Identity_sealed_audit_keyed.class);

    private final IdentitySeal seal;
    private final byte[] auditKey;
    private final Clock clock;

    public V19__Identity_sealed_audit_keyed(IdentitySeal seal, byte[] auditKey, Clock clock) {
        this.seal = seal;
        this.auditKey = auditKey;
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            // sizes: 200 characters of up to 4 bytes, plus the seal's 2 + 16 (key id) + 12 (nonce) + 16 (tag) bytes
            ddl.execute("ALTER TABLE complaint MODIFY complainant_name VARBINARY(900) NULL,"
                    + " MODIFY complainant_phone VARBINARY(200) NULL,"
                    + " MODIFY complainant_national_id VARBINARY(300) NULL,"
                    + " ADD COLUMN identity_key VARCHAR(16) NULL AFTER complainant_national_id");
        }
        long sealed = sealExistingIdentities(db, seal);
        long relinked = AuditRelinking.relink(db, auditKey, clock);
        LOG.infof("Sealed %d complainant identities; re-linked %d audit entries with the key", sealed, relinked);
    }

    private static long sealExistingIdentities(Connection db, IdentitySeal seal) throws SQLException {
        long count = 0;
        try (PreparedStatement select = db.prepareStatement("select ticket_id, complainant_name, complainant_phone,"
                        + " complainant_national_id from complaint where complainant_name is not null"
                        + " or complainant_phone is not null or complainant_national_id is not null");
                PreparedStatement update = db.prepareStatement("update complaint set complainant_name = ?,"
                        + " complainant_phone = ?, complainant_national_id = ?, identity_key = ? where ticket_id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                update.setBytes(1, seal.seal(id, IdentitySeal.Field.NAME, text(rows.getBytes(2))));
                update.setBytes(2, seal.seal(id, IdentitySeal.Field.PHONE, text(rows.getBytes(3))));
                update.setBytes(3, seal.seal(id, IdentitySeal.Field.NATIONAL_ID, text(rows.getBytes(4))));
                update.setString(4, seal.currentKeyId());
                update.setLong(5, id);
                update.addBatch();
                count++;
            }
            update.executeBatch();
        }
        return count;
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }
}
