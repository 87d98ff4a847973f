package de.querschnitt.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Every row of every table (as a fingerprint per rowid), read through the test's transaction, so that a test
 * can name exactly which rows an action changed.
 */
final class DatabaseSnapshot {

    /** A changed, added or removed row. */
    record Change(String table, long rowid) {
        @Override
        public String toString() {
            return table + "#" + rowid;
        }
    }

    private final Map<String, Map<Long, Long>> rows;

    private DatabaseSnapshot(Map<String, Map<Long, Long>> rows) {
        this.rows = rows;
    }

    static DatabaseSnapshot take(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            + "AND name NOT LIKE 'flyway_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Map<Long, Long>> all = new HashMap<>();
            for (String table : tables) {
                Map<Long, Long> fingerprints = new HashMap<>();
                try (ResultSet rs = statement.executeQuery("SELECT rowid AS qs_rowid, * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        long hash = 17;
                        for (int i = 2; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            String text = value instanceof byte[] bytes ? java.util.Arrays.toString(bytes)
                                    : Objects.toString(value, "\u0000null");
                            hash = hash * 1_000_003L + text.hashCode() * 31L + text.length();
                        }
                        fingerprints.put(rs.getLong(1), hash);
                    }
                }
                all.put(table, fingerprints);
            }
            return new DatabaseSnapshot(all);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The rows that differ between this snapshot and a later one. */
    Set<Change> changesTo(DatabaseSnapshot later) {
        Set<Change> changes = new TreeSet<>(java.util.Comparator.comparing(Change::table).thenComparing(Change::rowid));
        Set<String> tables = new TreeSet<>(rows.keySet());
        tables.addAll(later.rows.keySet());
        for (String table : tables) {
            Map<Long, Long> before = rows.getOrDefault(table, Map.of());
            Map<Long, Long> after = later.rows.getOrDefault(table, Map.of());
            Set<Long> ids = new TreeSet<>(before.keySet());
            ids.addAll(after.keySet());
            for (Long id : ids) {
                if (!Objects.equals(before.get(id), after.get(id))) {
                    changes.add(new Change(table, id));
                }
            }
        }
        return changes;
    }
}
