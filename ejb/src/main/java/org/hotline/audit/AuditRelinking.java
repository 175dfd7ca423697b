package org.hotline.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-time upgrade of a chain written before the key: the old links are checked with their own (unkeyed)
 * arithmetic, then every entry is re-linked with the key in its order, and an entry {@code AUDIT_CHAIN_KEYED} says
 * how many were re-linked and whether the old chain was whole, so the point where the keyed chain starts, and what was
 * known of the history before it, stay in the log itself. Runs inside the schema migration that introduces the key, on
 * its connection, once.
 */
public final class AuditRelinking {

    private static final int BATCH = 5_000;

    private AuditRelinking() {}

    /** @return how many entries were re-linked */
    public static long relink(Connection db, byte[] key, Clock clock) throws SQLException {
        AuditChain.Walk old = AuditChain.Walk.unkeyed();
        String linked = AuditChain.GENESIS;
        long after = 0;
        long relinked = 0;
        while (true) {
            List<AuditChain.Link> batch = read(db, after);
            if (batch.isEmpty()) {
                break;
            }
            try (PreparedStatement update =
                    db.prepareStatement("update audit_entry set prev_hash = ?, hash = ? where id = ?")) {
                for (AuditChain.Link link : batch) {
                    old.next(link);
                    String hash = AuditChain.hash(
                            key,
                            linked,
                            link.id(),
                            link.at(),
                            link.actor(),
                            link.action(),
                            link.targetType(),
                            link.targetId(),
                            link.reason(),
                            link.detail());
                    update.setString(1, linked);
                    update.setString(2, hash);
                    update.setLong(3, link.id());
                    update.addBatch();
                    linked = hash;
                    after = link.id();
                    relinked++;
                }
                update.executeBatch();
            }
        }
        if (relinked == 0) {
            return 0; // a new installation: the keyed chain starts at its first entry
        }
        try (PreparedStatement head = db.prepareStatement("select last_id, last_hash from audit_head where id = 1");
                ResultSet row = head.executeQuery()) {
            row.next();
            old.end(row.getLong(1), row.getString(2));
        }
        AuditChain.Break broken = old.broken();
        long id = after + 1;
        Instant at = AuditChain.stored(clock.instant());
        String detail = relinked + " earlier entries re-linked with the key; the unkeyed chain was "
                + (broken == null ? "whole" : "broken at entry " + broken.entry() + ": " + broken.what());
        if (detail.length() > AuditTrail.TEXT_MAX) {
            detail = detail.substring(0, AuditTrail.TEXT_MAX);
        }
        String hash =
                AuditChain.hash(key, linked, id, at, "system", "AUDIT_CHAIN_KEYED", "audit", "chain", null, detail);
        try (PreparedStatement insert = db.prepareStatement("insert into audit_entry (id, at, actor, action,"
                + " target_type, target_id, reason, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, "system");
            insert.setString(4, "AUDIT_CHAIN_KEYED");
            insert.setString(5, "audit");
            insert.setString(6, "chain");
            insert.setString(7, null);
            insert.setString(8, detail);
            insert.setString(9, linked);
            insert.setString(10, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement head =
                db.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
            head.setLong(1, id);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return relinked;
    }

    private static List<AuditChain.Link> read(Connection db, long after) throws SQLException {
        List<AuditChain.Link> links = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id, at, actor, action, target_type, target_id,"
                + " reason, detail, prev_hash, hash from audit_entry where id > ? order by id limit " + BATCH)) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.add(new AuditChain.Link(
                            rows.getLong(1),
                            instant(rows.getObject(2, LocalDateTime.class)),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10)));
                }
            }
        }
        return links;
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
