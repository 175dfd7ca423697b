package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

/**
 * The backup scripts against the running application, the light version of scripts/check-backup.sh (which also
 * wipes, restores the keys and restarts the server, so it is not run in the suite): scripts/backup.sh dumps the
 * test database while agents keep creating tickets, and scripts/restore.sh loads that backup into a second, fresh
 * MariaDB of its own. Every ticket acknowledged before the backup began is in the restored database with its Arabic
 * subject, a complaint's evidence has the same bytes, and every table has the manifest's row count (the restore
 * checks that itself and fails otherwise).
 */
class BackupRestoreIT {

    private static final String PASSWORD = "backup-it-passphrase";
    private static final Path SCRIPTS = Path.of(System.getProperty("hotline.scripts"));
    private static final Path TARGET =
            Path.of(System.getProperty("hotline.db.home")).getParent();
    /** A port of the restored database's own, away from every slot's test database (slots are 100 apart). */
    private static final int RESTORED_PORT = Integer.getInteger("hotline.db.port") + 7;

    @Test
    void aBackupTakenWhileAgentsWriteRestoresEveryAcknowledgedTicketAndTheEvidence() throws Exception {
        SystemUnderTest.ensureUser("backup.it.agent", "وكيل النسخ", PASSWORD, Role.AGENT);
        Api agent = Api.as("backup.it.agent", PASSWORD);
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        byte[] evidence = SampleFiles.png(31, 17);
        assertEquals(
                204,
                agent.postBytes("/api/v1/complaints/" + complaint + "/evidence?name=receipt.png", "image/png", evidence)
                        .status());

        ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            running.add(writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    String subject = "طلب نسخة من شهادة الميلاد "
                            + Thread.currentThread().getId() + "-" + i;
                    Api.Answer created = agent.post(
                            "/api/v1/tickets",
                            "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}");
                    assertEquals(201, created.status(), created.text());
                    acknowledged.add(new String[] {created.object().getString("number"), subject});
                }
                return null;
            }));
        }
        List<String[]> beforeBackup;
        Path backup;
        try {
            SystemUnderTest.eventually(Duration.ofSeconds(60), "tickets being written", () -> acknowledged.size() >= 5);
            beforeBackup = List.copyOf(acknowledged);
            Path backups = Files.createDirectories(TARGET.resolve("it-backups"));
            backup = Path.of(run(
                    Map.of(
                            "HOTLINE_DB_URL", System.getProperty("hotline.db.url"),
                            "HOTLINE_DB_MIGRATION_PASSWORD", System.getProperty("hotline.db.migration.password")),
                    "backup.sh",
                    "--to",
                    backups.toString(),
                    "--no-keys"));
        } finally {
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
        }
        String manifest = Files.readString(backup.resolve("manifest.txt"));
        assertTrue(manifest.contains("\nrows ticket "), manifest);
        assertTrue(manifest.contains("\nschema "), manifest);

        Map<String, String> restored = Map.of(
                "HOTLINE_DB_HOME", TARGET.resolve("it-restored-db").toString(),
                "HOTLINE_DB_PORT", Integer.toString(RESTORED_PORT),
                "HOTLINE_DB_PASSWORD", System.getProperty("hotline.db.password"),
                "HOTLINE_INDEX_DIR", TARGET.resolve("it-restored-index").toString());
        run(restored, "db.sh", "start", "--fresh");
        try {
            run(
                    restored,
                    "restore.sh",
                    backup.toString(),
                    "--keys-into",
                    TARGET.resolve("it-restored-keys").toString());
            try (Connection db = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + RESTORED_PORT + "/hotline",
                    "hotline",
                    System.getProperty("hotline.db.password"))) {
                for (String[] ticket : beforeBackup) {
                    assertEquals(
                            ticket[1],
                            single(
                                    db,
                                    "select subject from ticket where id = ?",
                                    TicketNumber.parse(ticket[0]).sequence()),
                            "ticket " + ticket[0] + " acknowledged before the backup");
                }
                try (PreparedStatement read = db.prepareStatement(
                        "select e.content from complaint_evidence e" + " where e.complaint_id = ?")) {
                    read.setLong(1, TicketNumber.parse(complaint).sequence());
                    try (ResultSet row = read.executeQuery()) {
                        assertTrue(row.next(), "the evidence of " + complaint);
                        assertArrayEquals(evidence, row.getBytes(1));
                    }
                }
            }
        } finally {
            run(restored, "db.sh", "stop");
        }
    }

    private static String single(Connection db, String sql, long parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Runs one of the scripts with these settings; its last line of output, or a failure with all it said. */
    private static String run(Map<String, String> environment, String script, String... arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HOTLINE_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), script + " said:\n" + output);
        return output.substring(output.lastIndexOf('\n') + 1);
    }
}
