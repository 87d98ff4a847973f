package de.querschnitt.backup.repository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.springframework.stereotype.Repository;

/**
 * Copies the database with SQLite's {@code VACUUM INTO} and checks a copy. Both run on a connection of their
 * own, outside the application's pool and any transaction of the caller: {@code VACUUM} cannot run inside a
 * transaction, and a read-only connection in WAL mode neither waits for writers nor blocks them.
 */
@Repository
public class BackupRepository {

    /**
     * Writes a consistent copy of {@code database} (one read transaction: the state of the last commit before
     * it began) into {@code target}, which must not exist yet.
     */
    public void copy(Path database, Path target) {
        try (Connection connection = open(database); var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM INTO " + target + " failed", e);
        }
    }

    /** The result of {@code PRAGMA integrity_check} on a database file: {@code ["ok"]} when it is sound. */
    public List<String> integrityCheck(Path database) {
        try (Connection connection = open(database); var statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA integrity_check")) {
            var result = new ArrayList<String>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            return List.of("cannot read " + database.getFileName() + ": " + e.getMessage());
        }
    }

    private static Connection open(Path database) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }
}
