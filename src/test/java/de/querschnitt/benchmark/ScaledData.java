package de.querschnitt.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Multiplies the seed's data in a database in place, in SQL: ×n repeats every unit n times (as further
 * districts of a larger city, code "FB 45-2", name "… (Bezirk 2)"), each with its profiles, their sections,
 * bullet items and term links, and its instruments, so the matrix gets n times the rows and the links. The
 * vocabulary stays the same (the columns of the matrix). Ids are the originals plus a multiple of the largest
 * id, so every copy's references stay inside the copy.
 */
final class ScaledData {

    private ScaledData() {
    }

    /** A database file of its own: the copy of {@code source}, e.g. before it is scaled. */
    static void copy(Path sourceDb, Path targetDb) throws SQLException, java.io.IOException {
        Files.createDirectories(targetDb.getParent());
        Files.deleteIfExists(targetDb);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sourceDb.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            // a consistent copy even of a database in WAL mode
            statement.execute("VACUUM INTO '" + targetDb.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    static Connection open(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath() + "?foreign_keys=true&busy_timeout=30000");
    }

    /** Grows the seed's data (units 1…U as loaded) from {@code from} to {@code to} copies. */
    static void scale(Connection connection, int from, int to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            long units = max(statement, "org_unit") / from;
            long profiles = max(statement, "profile") / from;
            long sets = max(statement, "instrument_set") / from;
            long sections = max(statement, "section") / from;
            long items = max(statement, "section_item") / from;
            for (int copy = from; copy < to; copy++) {
                int n = copy + 1;
                statement.executeUpdate("INSERT INTO org_unit (id, code, name, kind, description, sort_order) "
                        + "SELECT id + " + copy * units + ", code || '-" + n + "', substr(name, 1, 180) || ' (Bezirk "
                        + n + ")', kind, description, sort_order FROM org_unit WHERE id <= " + units);
                statement.executeUpdate("INSERT INTO profile (id, round_id, unit_id, title, document_title, kind, "
                        + "planning_level, period_from, period_to, update_cycle, period_state, period_note, "
                        + "review_status, sort_order, created_at, updated_at) SELECT id + " + copy * profiles
                        + ", round_id, unit_id + " + copy * units + ", title, document_title, kind, planning_level, "
                        + "period_from, period_to, update_cycle, period_state, period_note, review_status, sort_order, "
                        + "created_at, updated_at FROM profile WHERE id <= " + profiles);
                statement.executeUpdate("INSERT INTO instrument_set (id, round_id, unit_id, review_status) SELECT id + "
                        + copy * sets + ", round_id, unit_id + " + copy * units + ", review_status FROM instrument_set "
                        + "WHERE id <= " + sets);
                statement.executeUpdate("INSERT INTO section (id, profile_id, instrument_set_id, kind, intro, note) "
                        + "SELECT id + " + copy * sections + ", profile_id + " + copy * profiles
                        + ", instrument_set_id + " + copy * sets + ", kind, intro, note FROM section WHERE id <= "
                        + sections);
                statement.executeUpdate("INSERT INTO section_item (id, section_id, position, depth, text) SELECT id + "
                        + copy * items + ", section_id + " + copy * sections + ", position, depth, text "
                        + "FROM section_item WHERE id <= " + items);
                statement.executeUpdate("INSERT INTO item_term (item_id, term_id) SELECT item_id + " + copy * items
                        + ", term_id FROM item_term WHERE item_id <= " + items);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long max(Statement statement, String table) throws SQLException {
        try (var result = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
