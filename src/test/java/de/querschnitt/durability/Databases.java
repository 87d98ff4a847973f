package de.querschnitt.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Reads an application's SQLite file directly, read-only, as an operator's check would. */
final class Databases {

    private Databases() {
    }

    static Connection readOnly(Path database) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }

    static List<String> integrityCheck(Path database) throws SQLException {
        try (Connection connection = readOnly(database);
                var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }

    static long count(Path database, String table) throws SQLException {
        try (Connection connection = readOnly(database);
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Path database, String sql, long id) throws SQLException {
        try (Connection connection = readOnly(database); var query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    /**
     * The id of the demo profile "Kinder- und Jugendförderplan" once the demo data is there: it is loaded (in
     * one transaction) just after the server starts serving.
     */
    static long demoProfile(Path database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try (Connection connection = readOnly(database); var rows = connection.createStatement().executeQuery(
                    "SELECT p.id FROM profile p WHERE p.title = 'Kinder- und Jugendförderplan'"
                            + " AND EXISTS (SELECT 1 FROM account WHERE username = 'planung')")) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            } catch (SQLException notYet) {
                // no file or no tables yet
            }
            assertThat(System.nanoTime()).as("demo data loaded in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
