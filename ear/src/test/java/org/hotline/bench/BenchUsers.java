package org.hotline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.hotline.security.PasswordHasher;

/** The benchmarks' own accounts, written straight into the benchmark's database. */
final class BenchUsers {

    private BenchUsers() {
    }

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
}
