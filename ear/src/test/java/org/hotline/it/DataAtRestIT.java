package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data at rest, as a database administrator or another user of the machine would look at it: the complainant's name,
 * phone and national id are only ciphertext in the database (read as the schema's owner) and nowhere in the search
 * index files, while the officer still reads them after unsealing; the index folders are the server's user's alone;
 * the application's database user cannot change the schema. The keyed audit chain is in {@link AuditIT}.
 */
class DataAtRestIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static Api agent;
    private static Api officer;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("rest.agent", "At Rest Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("rest.officer", "At Rest Officer", PASSWORD, Role.OFFICER);
        agent = Api.as("rest.agent", PASSWORD);
        officer = Api.as("rest.officer", PASSWORD);
    }

    private static String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < n; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void theIdentityIsCiphertextInTheDatabaseAndAbsentFromTheIndexYetTheOfficerUnsealsIt() throws Exception {
        String surname = "Qx" + letters(8);
        String name = "زينب " + surname;
        String local = "0780" + digits(7);
        String e164 = "+964" + local.substring(1);
        String nationalId = "1987" + digits(8);
        String canary = "canary" + letters(10); // a word only this complaint's narrative has
        java.time.Instant filedAt = java.time.Instant.now().minusSeconds(1); // file times may be whole seconds
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب الجنسية\","
                        + "\"accusedDescription\":\"موظف الاستعلامات\",\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"طلب"
                        + " مبلغًا لتسليم البطاقة الوطنية " + canary + "\",\"anonymous\":false,\"complainantName\":\""
                        + name
                        + "\",\"complainantPhone\":\"" + local + "\",\"complainantNationalId\":\"" + nationalId
                        + "\"}");
        assertEquals(201, filed.status(), filed.text());
        String number = filed.object().getString("number");
        long id = Long.parseLong(number.substring(0, number.length() - 1)) - 100_000;
        List<String> secrets = List.of(surname, name, local.substring(1), nationalId);

        // the row as the schema's owner reads it: every column, as bytes, holds none of the identity
        try (Connection db = SystemUnderTest.migrationDatabase();
                PreparedStatement read = db.prepareStatement("select * from complaint where ticket_id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "the complaint's row");
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    int type = row.getMetaData().getColumnType(column);
                    boolean binary = type == java.sql.Types.BINARY
                            || type == java.sql.Types.VARBINARY
                            || type == java.sql.Types.LONGVARBINARY
                            || type == java.sql.Types.BLOB;
                    String text = binary ? null : row.getString(column);
                    byte[] value =
                            binary ? row.getBytes(column) : text == null ? null : text.getBytes(StandardCharsets.UTF_8);
                    String label = row.getMetaData().getColumnLabel(column);
                    for (String secret : secrets) {
                        assertFalse(contains(value, secret), label + " holds " + secret + " in plaintext");
                    }
                }
                assertEquals("it2", row.getString("identity_key"), "sealed with the first key of the list");
                assertTrue(row.getBytes("complainant_name").length > 28, "a nonce, a tag and the ciphertext");
            }
        }
        for (String table : List.of("ticket", "audit_entry")) {
            for (String secret : secrets) {
                assertEquals(
                        "0",
                        SystemUnderTest.queryString(
                                "select count(*) from " + table
                                        + " where concat_ws('|', "
                                        + (table.equals("ticket") ? "subject, description" : "reason, detail")
                                        + ") like ?",
                                "%" + secret + "%"),
                        table + " holds " + secret);
            }
        }

        // the complaint is indexed (its narrative is found), its identity is not (nor searchable by it)
        SystemUnderTest.eventually(Duration.ofSeconds(20), "the complaint indexed", () -> complaintsFound(canary) == 1);
        assertEquals(0, complaintsFound(surname), "a complaint is not found by its complainant's name");
        assertEquals(0, complaintsFound(nationalId), "nor by the national id");
        // Lucene compresses the text it stores, so the files are not searched for the narrative; that they were
        // written after the filing (the index committed it) is what is awaited before they are read
        Path index = Paths.get(System.getProperty("hotline.index.dir"));
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the index committed to disk after the filing",
                () -> walk(index).stream().filter(Files::isRegularFile).anyMatch(file -> modifiedAfter(file, filedAt)));
        for (String secret : secrets) {
            assertEquals(0, filesContaining(index, secret), "an index file holds " + secret);
        }

        // the officer still reads it, after unsealing with a reason
        Api.Answer unsealed = officer.post(
                "/api/v1/complaints/" + number + "/unsealing", "{\"reason\":\"استدعاء المشتكي للإدلاء بشهادته\"}");
        assertEquals(200, unsealed.status(), unsealed.text());
        assertEquals(name, unsealed.object().getString("name"));
        assertEquals(e164, unsealed.object().getString("phone"));
        assertEquals(nationalId, unsealed.object().getString("nationalId"));
    }

    private static int complaintsFound(String text) throws Exception {
        Api.Answer answer = officer.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getJsonObject("complaints").getInt("total");
    }

    /** Every path under the root; walked again when Lucene removes a file while we walk. */
    private static List<Path> walk(Path root) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try (Stream<Path> all = Files.walk(root)) {
                return all.toList();
            } catch (java.io.UncheckedIOException removedMeanwhile) {
                if (attempt == 5) {
                    throw removedMeanwhile;
                }
            }
        }
    }

    private static boolean modifiedAfter(Path file, java.time.Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(instant);
        } catch (java.io.IOException removedMeanwhile) {
            return false;
        }
    }

    private static long filesContaining(Path root, String text) throws Exception {
        List<Path> files = walk(root).stream().filter(Files::isRegularFile).toList();
        long found = 0;
        for (Path file : files) {
            try {
                if (contains(Files.readAllBytes(file), text)) {
                    found++;
                }
            } catch (java.nio.file.NoSuchFileException mergedAway) {
                // Lucene deleted an old segment while we read
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, String text) {
        if (haystack == null) {
            return false;
        }
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theIndexFoldersAreTheServersUsersAlone() throws Exception {
        Path index = Paths.get(System.getProperty("hotline.index.dir"));
        List<Path> folders = walk(index).stream().filter(Files::isDirectory).toList();
        assertTrue(folders.size() > 1, "the root and an index per entity: " + folders);
        for (Path folder : folders) {
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    folder.toString());
        }
    }

    @Test
    void theApplicationsDatabaseUserReadsAndWritesRowsButCannotChangeTheSchema() throws Exception {
        try (Connection app = SystemUnderTest.database();
                Statement statement = app.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from complaint")) {
                assertTrue(rows.next());
            }
            for (String ddl : List.of(
                    "alter table complaint add column probe int",
                    "create table probe (id int primary key)",
                    "drop table audit_entry",
                    "alter table audit_entry drop primary key",
                    "create index ix_probe on audit_entry (actor)",
                    "grant select on hotline.* to 'hotline'@'localhost'")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(ddl), ddl);
                assertTrue(refused.getMessage().toLowerCase().contains("denied"), ddl + ": " + refused.getMessage());
            }
        }
        try (Connection owner = SystemUnderTest.migrationDatabase();
                Statement statement = owner.createStatement()) {
            statement.execute("create table probe (id int primary key)");
            statement.execute("drop table probe");
        }
    }
}
