package org.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.security.PasswordHasher;

/** The benchmarks' own accounts, written straight into the benchmark's database. */
final class BenchUsers {

    private BenchUsers() {}

    static void agent(String jdbcUrl, String dbPassword, String username, String password) throws Exception {
        create(jdbcUrl, dbPassword, username, password, "AGENT");
    }

    static void create(String jdbcUrl, String dbPassword, String username, String password, String role)
            throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "hotline", dbPassword);
                Statement statement = db.createStatement()) {
            // an earlier run's API tokens of the account go with it
            statement.executeUpdate("delete t from api_token t join user_account u on u.id = t.user_account_id"
                    + " where u.username = '" + username + "'");
            statement.executeUpdate("delete r from user_account_role r join user_account u on u.id = r.user_account_id"
                    + " where u.username = '" + username + "'");
            statement.executeUpdate("delete from user_account where username = '" + username + "'");
            try (PreparedStatement insert = db.prepareStatement("insert into user_account (username, display_name,"
                    + " password_hash, created_at) values (?, 'Benchmark', ?, utc_timestamp(6))")) {
                insert.setString(1, username);
                insert.setString(2, new PasswordHasher().hash(password));
                insert.executeUpdate();
            }
            statement.executeUpdate("insert into user_account_role (user_account_id, role) select id, '" + role
                    + "' from user_account where username = '" + username + "'");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(h5599_[A-Za-z0-9_-]+)\"");

    /**
     * A personal API token of the account, made by the first administrator through the API, for the benchmark to
     * sign in as integrations do ({@code Authorization: Bearer}): a password on every request would be charged by the
     * sign-in throttle in advance, so concurrent clients of one account could be slowed by each other.
     */
    static String apiToken(String baseUrl, String adminPassword, String username) throws Exception {
        String admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/api-tokens"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"name\":\"benchmark " + Instant.now() + "\"}",
                        StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("making the API token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }
}
