package de.querschnitt.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded SQLite database. Connection settings live in the JDBC URL because sqlite-jdbc applies
 * them to every connection it opens (a pool's init SQL would run only its first PRAGMA).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(QuerschnittProperties properties) {
        try {
            // SQLite cannot create folders itself
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + properties.dataDir().toAbsolutePath(), e);
        }
        var config = new HikariConfig();
        config.setPoolName("querschnitt-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + properties.databaseFile().toAbsolutePath()
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
        // SQLite has one writer at a time; a small pool keeps readers concurrent without lock storms
        config.setMaximumPoolSize(4);
        return new WriteTransactionsImmediate(new HikariDataSource(config));
    }

    /**
     * Write transactions begin with {@code BEGIN IMMEDIATE}: they take SQLite's write lock at the start
     * (waiting up to the busy timeout), so a transaction that reads and then writes can never fail half-way
     * with SQLITE_BUSY because another writer committed in between, as two people saving the same profile
     * at once would otherwise provoke. Read-only transactions stay deferred and never wait for writers (WAL).
     * Spring marks a read-only transaction with {@code setReadOnly(true)} before it begins it with
     * {@code setAutoCommit(false)}; the connection remembers the mark and picks the mode from it.
     */
    static final class WriteTransactionsImmediate extends org.springframework.jdbc.datasource.DelegatingDataSource
            implements java.io.Closeable {

        WriteTransactionsImmediate(HikariDataSource pool) {
            super(pool);
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
            return wrap(super.getConnection(username, password));
        }

        @Override
        public void close() {
            ((HikariDataSource) getTargetDataSource()).close();
        }

        private static java.sql.Connection wrap(java.sql.Connection connection) {
            boolean[] readOnly = {false};
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
                    DatabaseConfig.class.getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setReadOnly" -> {
                                // SQLite fixes read-only at open; here it only chooses the transaction mode
                                readOnly[0] = (Boolean) args[0];
                                return null;
                            }
                            case "isReadOnly" -> {
                                return readOnly[0];
                            }
                            case "setAutoCommit" -> {
                                if (!(Boolean) args[0]) {
                                    connection.unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig()
                                            .setTransactionMode(readOnly[0]
                                                    ? org.sqlite.SQLiteConfig.TransactionMode.DEFERRED
                                                    : org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
                                }
                            }
                            default -> {
                                // everything else goes to the pooled connection as it is
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
