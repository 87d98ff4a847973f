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
        return new HikariDataSource(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
