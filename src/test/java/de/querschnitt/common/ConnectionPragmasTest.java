package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every connection of the pool has the durability settings, not only the first: the pool is held empty so
 * that each connection is a different SQLite connection, and then replaced by new ones that must have them
 * too. Same Spring configuration as every test.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConnectionPragmasTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPooledConnectionIsInWalModeWithFullSyncForeignKeysAndABusyTimeout() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int size = pool.getMaximumPoolSize();
        assertThat(size).isGreaterThanOrEqualTo(2);

        List<Object> first = checkAllConnectionsAtOnce(size);

        // connections the pool opens later (after an eviction, a lifetime's end) are set up the same way
        pool.getHikariPoolMXBean().softEvictConnections();
        List<Object> later = checkAllConnectionsAtOnce(size);
        assertThat(later).doesNotContainAnyElementsOf(first);
    }

    /** Takes every connection of the pool at the same time and checks each; returns the SQLite connections. */
    private List<Object> checkAllConnectionsAtOnce(int size) throws SQLException {
        List<Connection> held = new ArrayList<>();
        Map<Object, Boolean> distinct = new IdentityHashMap<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                distinct.put(connection.unwrap(org.sqlite.SQLiteConnection.class), true);
                assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                // 2 = FULL: a commit is on disk (WAL fsynced) before it returns
                assertThat(pragma(connection, "synchronous")).isEqualTo("2");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(distinct).hasSize(size);
        return new ArrayList<>(distinct.keySet());
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA " + name)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
