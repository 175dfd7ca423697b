package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hotline.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident audit log on the real server and database: an administrator's change is in it, the verifier
 * finds the chain intact, and an entry changed or deleted straight in MariaDB is reported as the first broken link
 * (the test puts the row back afterwards). Only administrators verify, by the API or scripts/audit-verify.sh.
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
            SystemUnderTest.execute("insert into audit_entry (id, at, actor, action, target_type, target_id, reason,"
                    + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
        assertTrue(verify().getBoolean("intact"));
    }

    private static Object[] row(String id) throws Exception {
        try (Connection db = SystemUnderTest.database(); PreparedStatement read = db.prepareStatement(
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
        SystemUnderTest.ensureUser("audit.supervisor", "Audit Supervisor", "a long test passphrase 5599",
                Role.SUPERVISOR);
        assertEquals(403, Api.as("audit.supervisor", "a long test passphrase 5599")
                .post("/api/v1/audit/verification", "").status());
        assertEquals(401, Api.anonymous().post("/api/v1/audit/verification", "").status());
    }

    @Test
    void theCommandSaysIntactWithItsExitStatus() throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", System.getProperty("hotline.scripts", "../scripts")
                + "/audit-verify.sh", SystemUnderTest.BASE_URL).redirectErrorStream(true);
        command.environment().put("HOTLINE_AUDIT_PASSWORD", SystemUnderTest.ADMIN_PASSWORD);
        Process verifying = command.start();
        String output = new String(verifying.getInputStream().readAllBytes());
        assertEquals(0, verifying.waitFor(), output);
        assertTrue(output.contains("the chain is intact"), output);
    }
}
