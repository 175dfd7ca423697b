package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hotline.audit.AuditChain;
import org.hotline.common.Role;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident audit log on the real server and database: an administrator's change is in it, the verifier
 * finds the chain intact, and an entry changed or deleted straight in MariaDB is reported as the first broken link
 * (the test puts the row back afterwards). Only administrators verify, by the API or scripts/audit-verify.sh. The links
 * are keyed with a key the database does not hold, so a database administrator who edits, deletes, swaps or rewrites
 * entries, recomputing the hashes as they were computed before the key, is caught by scripts/audit-verify.sh.
 */
class AuditIT {

    private static JsonObject verify() throws Exception {
        Api.Answer answer = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD).post("/api/v1/audit/verification", "");
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    @Test
    void theVerifierFindsTheChainIntactThenTheFirstEditedOrDeletedEntry() throws Exception {
        verify(); // at least one entry: the verification itself is audited
        JsonObject intact = verify();
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("entriesChecked").longValue() >= 1);

        String first = SystemUnderTest.queryString("select min(id) from audit_entry");
        String detail = SystemUnderTest.queryString("select detail from audit_entry where id = ?", first);
        try {
            SystemUnderTest.execute("update audit_entry set detail = 'nothing to see' where id = ?", first);
            JsonObject edited = verify();
            assertFalse(edited.getBoolean("intact"));
            assertEquals(Long.parseLong(first), edited.getJsonNumber("brokenAt").longValue());
            assertTrue(edited.getString("problem").contains("changed"), edited.toString());
        } finally {
            SystemUnderTest.execute("update audit_entry set detail = ? where id = ?", detail, first);
        }
        assertTrue(verify().getBoolean("intact"), "put back, the chain is whole again");

        Object[] row = row(first);
        try {
            SystemUnderTest.execute("delete from audit_entry where id = ?", first);
            JsonObject deleted = verify();
            assertFalse(deleted.getBoolean("intact"));
            assertTrue(deleted.getString("problem").contains("gap"), deleted.toString());
        } finally {
            SystemUnderTest.execute(
                    "insert into audit_entry (id, at, actor, action, target_type, target_id, reason,"
                            + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row);
        }
        assertTrue(verify().getBoolean("intact"));
    }

    private static Object[] row(String id) throws Exception {
        try (Connection db = SystemUnderTest.database();
                PreparedStatement read = db.prepareStatement(
                        "select id, at, actor, action, target_type, target_id, reason, detail, prev_hash, hash"
                                + " from audit_entry where id = ?")) {
            read.setString(1, id);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                Object[] values = new Object[10];
                for (int i = 0; i < 10; i++) {
                    values[i] = rows.getObject(i + 1);
                }
                return values;
            }
        }
    }

    @Test
    void onlyAdministratorsVerify() throws Exception {
        SystemUnderTest.ensureUser(
                "audit.supervisor", "Audit Supervisor", "a long test passphrase 5599", Role.SUPERVISOR);
        assertEquals(
                403,
                Api.as("audit.supervisor", "a long test passphrase 5599")
                        .post("/api/v1/audit/verification", "")
                        .status());
        assertEquals(401, Api.anonymous().post("/api/v1/audit/verification", "").status());
    }

    @Test
    void theCommandSaysIntactWithItsExitStatus() throws Exception {
        ProcessBuilder command = new ProcessBuilder(
                        "bash",
                        System.getProperty("hotline.scripts", "../scripts") + "/audit-verify.sh",
                        SystemUnderTest.BASE_URL)
                .redirectErrorStream(true);
        command.environment().put("HOTLINE_AUDIT_PASSWORD", SystemUnderTest.ADMIN_PASSWORD);
        Process verifying = command.start();
        String output = new String(verifying.getInputStream().readAllBytes());
        assertEquals(0, verifying.waitFor(), output);
        assertTrue(output.contains("the chain is intact"), output);
    }

    private static final String COLUMNS =
            "id, at, actor, action, target_type, target_id, reason, detail, prev_hash," + " hash";

    /** Runs scripts/audit-verify.sh as an administrator would: its exit status, then its output. */
    private static Object[] verifyCommand() throws Exception {
        ProcessBuilder command = new ProcessBuilder(
                        "bash",
                        System.getProperty("hotline.scripts", "../scripts") + "/audit-verify.sh",
                        SystemUnderTest.BASE_URL)
                .redirectErrorStream(true);
        command.environment().put("HOTLINE_AUDIT_PASSWORD", SystemUnderTest.ADMIN_PASSWORD);
        Process verifying = command.start();
        String output = new String(verifying.getInputStream().readAllBytes());
        return new Object[] {verifying.waitFor(), output};
    }

    /** A tampering by the database's owner, on rows from {@code from}. */
    @FunctionalInterface
    private interface Tampering {
        void apply(Connection db, long from) throws Exception;
    }

    @Test
    void aDatabaseAdministratorsEditDeleteSwapOrRewriteIsEachCaughtByTheCommand() throws Exception {
        for (int i = 0; i < 4; i++) {
            verify(); // entries of our own to tamper with, at the end of the chain
        }
        Object[] untouched = verifyCommand();
        assertEquals(0, untouched[0], (String) untouched[1]);

        List<Object[]> attacks = List.of(
                new Object[] {
                    "edit",
                    (Tampering) (db, from) ->
                            update(db, "update audit_entry set detail = 'nothing to see' where id = ?", from)
                },
                new Object[] {
                    "delete", (Tampering) (db, from) -> update(db, "delete from audit_entry where id = ?", from)
                },
                new Object[] {"swap", (Tampering) AuditIT::swap},
                new Object[] {"rewrite with the unkeyed hash", (Tampering) AuditIT::rewriteUnkeyed});
        for (Object[] attack : attacks) {
            long from = Long.parseLong(SystemUnderTest.queryString("select max(id) from audit_entry")) - 2;
            List<Object[]> before = rows(from);
            Object[] head = head();
            try (Connection db = SystemUnderTest.migrationDatabase()) {
                ((Tampering) attack[1]).apply(db, from);
            }
            try {
                Object[] caught = verifyCommand();
                assertEquals(1, caught[0], attack[0] + ": " + caught[1]);
                assertTrue(
                        ((String) caught[1]).contains("\"intact\":false") && ((String) caught[1]).contains("BROKEN"),
                        attack[0] + ": " + caught[1]);
            } finally {
                restore(from, before, head);
            }
            Object[] whole = verifyCommand();
            assertEquals(0, whole[0], "put back after the " + attack[0] + ": " + whole[1]);
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Two neighbours change places: each row takes the other's fields and links, keeping its number. */
    private static void swap(Connection db, long from) throws Exception {
        List<Object[]> two = rows(from).subList(0, 2);
        for (int k = 0; k < 2; k++) {
            Object[] other = two.get(1 - k);
            update(
                    db,
                    "update audit_entry set at = ?, actor = ?, action = ?, target_type = ?, target_id = ?,"
                            + " reason = ?, detail = ?, prev_hash = ?, hash = ? where id = ?",
                    other[1],
                    other[2],
                    other[3],
                    other[4],
                    other[5],
                    other[6],
                    other[7],
                    other[8],
                    other[9],
                    two.get(k)[0]);
        }
    }

    /**
     * What the unkeyed chain could not catch: an entry changed, and it and every later one given the hashes the old
     * arithmetic gives, the head too, so every link follows the one before it.
     */
    private static void rewriteUnkeyed(Connection db, long from) throws Exception {
        List<Object[]> rows = rows(from);
        String previous = (String) rows.get(0)[8];
        String last = null;
        long lastId = 0;
        for (int k = 0; k < rows.size(); k++) {
            Object[] row = rows.get(k);
            String actor = k == 0 ? "someone else" : (String) row[2];
            long id = ((Number) row[0]).longValue();
            Instant at = ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC);
            String hash = AuditChain.unkeyedHash(
                    previous,
                    id,
                    at,
                    actor,
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (String) row[7]);
            update(
                    db,
                    "update audit_entry set actor = ?, prev_hash = ?, hash = ? where id = ?",
                    actor,
                    previous,
                    hash,
                    id);
            previous = hash;
            last = hash;
            lastId = id;
        }
        update(db, "update audit_head set last_id = ?, last_hash = ? where id = 1", lastId, last);
    }

    private static List<Object[]> rows(long from) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection db = SystemUnderTest.migrationDatabase();
                PreparedStatement read =
                        db.prepareStatement("select " + COLUMNS + " from audit_entry where id >= ? order by id")) {
            read.setLong(1, from);
            try (ResultSet result = read.executeQuery()) {
                while (result.next()) {
                    Object[] values = new Object[10];
                    for (int i = 0; i < 10; i++) {
                        values[i] = i == 1 ? result.getObject(2, LocalDateTime.class) : result.getObject(i + 1);
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    private static Object[] head() throws Exception {
        try (Connection db = SystemUnderTest.migrationDatabase();
                PreparedStatement read = db.prepareStatement("select last_id, last_hash from audit_head where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            return new Object[] {row.getLong(1), row.getString(2)};
        }
    }

    /** The rows from {@code from} and the head as they were; entries appended meanwhile (the verifications) go. */
    private static void restore(long from, List<Object[]> rows, Object[] head) throws Exception {
        try (Connection db = SystemUnderTest.migrationDatabase()) {
            db.setAutoCommit(false);
            update(db, "delete from audit_entry where id >= ?", from);
            for (Object[] row : rows) {
                update(db, "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
            }
            update(db, "update audit_head set last_id = ?, last_hash = ? where id = 1", head);
            db.commit();
        }
    }
}
