package org.hotline.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.hotline.common.Role;
import org.hotline.security.PasswordHasher;

/**
 * Where the server and the database of this test run are, as the ear module's build passes them in, and the few
 * things tests do to them directly: read rows, add a user, stop and start the database.
 */
final class SystemUnderTest {

    static final String BASE_URL = System.getProperty("hotline.baseUrl", "http://localhost:8080");
    static final String HEALTH_URL = System.getProperty("hotline.healthUrl", "http://localhost:9990/health");
    static final String ADMIN_PASSWORD = System.getProperty("hotline.admin.password");
    private static final String DB_URL = System.getProperty("hotline.db.url");
    private static final String DB_PASSWORD = System.getProperty("hotline.db.password");
    private static final String DB_MIGRATION_PASSWORD = System.getProperty("hotline.db.migration.password");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SystemUnderTest() {}

    /** As the application's user: rows only, no schema changes. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(DB_URL, "hotline", DB_PASSWORD);
    }

    /** As the migrations' user, who owns the schema: what a database administrator sees. */
    static Connection migrationDatabase() throws SQLException {
        return DriverManager.getConnection(DB_URL, "hotline_migrate", DB_MIGRATION_PASSWORD);
    }

    /** A user written straight into the database, as a fixture for tests that are not about creating users. */
    static void ensureUser(String username, String displayName, String password, Role... roles) throws SQLException {
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement exists = db.prepareStatement("select id from user_account where username = ?")) {
                exists.setString(1, username);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        db.rollback();
                        return;
                    }
                }
            }
            long id;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into user_account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)",
                    new String[] {"id"})) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, new PasswordHasher().hash(password));
                insert.setObject(4, java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (Role role : Set.of(roles)) {
                try (PreparedStatement grant =
                        db.prepareStatement("insert into user_account_role (user_account_id, role) values (?, ?)")) {
                    grant.setLong(1, id);
                    grant.setString(2, role.name());
                    grant.executeUpdate();
                }
            }
            db.commit();
        }
    }

    /** Changes rows behind the application's back, as time passing or a tamperer would: the rows changed. */
    static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = database();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    static String queryString(String sql, Object... parameters) throws SQLException {
        try (Connection db = database();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static HttpResponse<String> get(String url, String cookieHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs scripts/db.sh with this run's database settings: "stop" or "start". */
    static void database(String command) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bash", System.getProperty("hotline.db.script"), command)
                .redirectErrorStream(true)
                .inheritIO();
        script.environment().put("HOTLINE_DB_HOME", System.getProperty("hotline.db.home"));
        script.environment().put("HOTLINE_DB_PORT", System.getProperty("hotline.db.port"));
        script.environment().put("HOTLINE_DB_PASSWORD", DB_PASSWORD);
        script.environment().put("HOTLINE_DB_MIGRATION_PASSWORD", DB_MIGRATION_PASSWORD);
        int exit = script.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("scripts/db.sh " + command + " exited with " + exit);
        }
    }

    /** An agent whose account has this phone on the PBX, as an administrator would set it. */
    static void ensureAgentWithPhone(String username, String displayName, String password, String phoneInterface)
            throws SQLException {
        ensureUser(username, displayName, password, Role.AGENT);
        try (Connection db = database();
                PreparedStatement phone =
                        db.prepareStatement("update user_account set phone_interface = ? where username = ?")) {
            phone.setString(1, phoneInterface);
            phone.setString(2, username);
            phone.executeUpdate();
        }
    }

    /**
     * The citizen who owns this Iraqi number (07…), registered through the API by the agent when new: their id.
     */
    static String ensureCitizen(Api agent, String phone, String fullName) throws Exception {
        Api.Answer registered =
                agent.post("/api/v1/citizens", "{\"phone\":\"" + phone + "\",\"fullName\":\"" + fullName + "\"}");
        if (registered.status() != 201 && registered.status() != 409) {
            throw new AssertionError("could not register " + phone + ": " + registered.text());
        }
        return queryString("select citizen_id from citizen_phone where e164 = ?", "+964" + phone.substring(1));
    }

    /** A complaint about an employee of the Ministry of Interior, filed by the agent by phone: its receipt. */
    static JsonObject fileComplaint(Api agent, boolean anonymous) throws Exception {
        return fileComplaint(agent, anonymous ? null : "07801234567");
    }

    /** The same, by a complainant who gave this phone ({@code null}: anonymous): its receipt. */
    static JsonObject fileComplaint(Api agent, String complainantPhone) throws Exception {
        boolean anonymous = complainantPhone == null;
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب الجوازات"
                        + " - الكرادة\",\"accusedDescription\":\"موظف الشباك الثالث\",\"allegation\":\"BRIBE_REQUEST\","
                        + "\"narrative\":\"طلب مبلغًا لإكمال معاملة الجواز\",\"anonymous\":" + anonymous
                        + (anonymous
                                ? ""
                                : ",\"complainantName\":\"حسين علي\",\"complainantPhone\":\"" + complainantPhone + "\"")
                        + "}");
        if (filed.status() != 201) {
            throw new AssertionError("complaint not filed: " + filed.text());
        }
        return filed.object();
    }

    /**
     * Waits until the condition holds (Awaitility, polling every 200 ms), or fails as an assertion with what was
     * awaited after the patience. An exception the condition throws ends the wait at once.
     */
    static void eventually(Duration patience, String whatIsAwaited, Callable<Boolean> condition) {
        eventually(patience, whatIsAwaited, condition, Boolean.TRUE::equals);
    }

    /** Waits as {@link #eventually(Duration, String, Callable)} until a value is accepted, and returns it. */
    static <T> T eventually(Duration patience, String whatIsAwaited, Callable<T> value, Predicate<? super T> accepted) {
        return eventually(patience, Duration.ofMillis(200), whatIsAwaited, value, accepted);
    }

    /** Waits so, asking only every so often: for a value that costs the server something to give. */
    static <T> T eventually(
            Duration patience, Duration every, String whatIsAwaited, Callable<T> value, Predicate<? super T> accepted) {
        try {
            // Another thread's failure (the fake PBX's, a browser's) is not the awaited condition's: it does not end
            // the wait, as Awaitility would by default.
            return Awaitility.await(whatIsAwaited)
                    .dontCatchUncaughtExceptions()
                    .atMost(patience)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(every)
                    .until(value, accepted);
        } catch (ConditionTimeoutException late) {
            throw new AssertionError("not within " + patience + ": " + whatIsAwaited, late);
        }
    }
}
