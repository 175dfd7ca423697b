package org.hotline.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one batch of an import in a transaction of its own, with JDBC batches: the rows (a number already registered
 * is left as it is, so a file imported again, or an import restarted, adds nothing twice), the rejected rows, and how
 * far the import got. Internal to the import, which runs on a managed thread.
 *
 * <p>The inserts are prepared with {@link Statement#NO_GENERATED_KEYS} said explicitly. The pool's connection wrapper
 * prepares a plain {@code prepareStatement(sql)} as {@code prepareStatement(sql, TYPE_FORWARD_ONLY, CONCUR_READ_ONLY)},
 * and MariaDB Connector/J prepares that form as if generated keys were asked for, which rules out its bulk protocol
 * for batches: each batch then went as 5,000 separate textual INSERTs, every date formatted and every string escaped
 * by the driver and every statement parsed by the database, about half of the import's time on either side. Asked
 * without generated keys, a batch goes as one binary bulk command.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DocumentImportBatches {

    @Resource(lookup = "java:jboss/datasources/HotlineDS")
    private DataSource database;

    public void write(long importId, List<ImportRow> rows, List<ImportRejection> rejections, long linesRead) {
        try (Connection connection = database.getConnection()) {
            if (!rows.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert ignore into secure_document (document_number, institution_code, document_type,"
                                + " issue_date, subject, holder_hash, content_digest, import_id)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.NO_GENERATED_KEYS)) {
                    for (ImportRow row : rows) {
                        insert.setString(1, row.number());
                        insert.setString(2, row.institutionCode());
                        insert.setString(3, row.type().name());
                        insert.setObject(4, row.issueDate());
                        insert.setString(5, row.subject());
                        insert.setBytes(6, row.holderHash());
                        insert.setBytes(7, row.digest());
                        insert.setLong(8, importId);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!rejections.isEmpty()) {
                try (PreparedStatement reject = connection.prepareStatement(
                        "insert ignore into document_import_rejection (import_id, line, reason) values (?, ?, ?)",
                        Statement.NO_GENERATED_KEYS)) {
                    for (ImportRejection rejection : rejections) {
                        reject.setLong(1, importId);
                        reject.setLong(2, rejection.line());
                        reject.setString(3, rejection.reason());
                        reject.addBatch();
                    }
                    reject.executeBatch();
                }
            }
            try (PreparedStatement progress =
                    connection.prepareStatement("update document_import set lines_read = ? where id = ?")) {
                progress.setLong(1, linesRead);
                progress.setLong(2, importId);
                progress.executeUpdate();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(
                    "batch of import " + importId + " not written: " + failed.getMessage(), failed);
        }
    }

    /** Closes the import: the counts are read from what was written, so a restart counts the whole file once. */
    public void finish(long importId, String state, String failure) {
        try (Connection connection = database.getConnection();
                PreparedStatement close = connection.prepareStatement(
                        "update document_import set state = ?, failure = ?, finished_at = utc_timestamp(6),"
                                + " inserted = (select count(*) from secure_document where import_id = ?),"
                                + " rejected = (select count(*) from document_import_rejection where import_id = ?),"
                                + " already_registered = greatest(0, lines_read - inserted - rejected) where id = ?")) {
            close.setString(1, state);
            close.setString(2, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)));
            close.setLong(3, importId);
            close.setLong(4, importId);
            close.setLong(5, importId);
            close.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("import " + importId + " not closed: " + failed.getMessage(), failed);
        }
    }
}
