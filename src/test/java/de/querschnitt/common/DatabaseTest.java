package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The embedded database as the application opens it: a file in the data folder, with its settings. */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    QuerschnittProperties properties;

    private static String pragma(Connection connection, String name) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void theDatabaseIsAFileInTheConfiguredDataFolder() {
        assertThat(properties.databaseFile()).exists().hasFileName("querschnitt.db");
        assertThat(properties.databaseFile().getParent()).isEqualTo(properties.dataDir());
    }

    @Test
    void everyPooledConnectionHasWalFullSyncForeignKeysAndABusyTimeout() throws SQLException {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(dataSource.getConnection());
            }
            for (Connection connection : open) {
                assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
                assertThat(Integer.parseInt(pragma(connection, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
            }
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
    }

    @Test
    void flywayMigratedTheSchemaAndTheDatabaseEnforcesItsRules() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            try (var result = statement.executeQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version = '001'")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
            // a profile of a unit that does not exist
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO profile (round_id, unit_id, title, kind, "
                    + "planning_level, created_at, updated_at) VALUES (1, 99999, 'x', 'PLAN', 'FACHPLANUNG', 'now', 'now')"))
                    .hasMessageContaining("FOREIGN KEY");
            // an item that is neither item nor sub-item
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO section_item (section_id, position, depth, text) VALUES (1, 0, 2, 'x')"))
                    .hasMessageContaining("CHECK");
        }
    }
}
