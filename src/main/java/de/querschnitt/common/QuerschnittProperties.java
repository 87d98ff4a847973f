package de.querschnitt.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application, prefix {@code querschnitt}.
 *
 * @param dataDir  folder of the SQLite database file (env {@code QUERSCHNITT_DATA_DIR})
 * @param demoData whether an empty database is filled with the seed's demo data (and the login
 *                 page lists the demo accounts)
 */
@ConfigurationProperties("querschnitt")
public record QuerschnittProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demoData) {

    public Path databaseFile() {
        return dataDir.resolve("querschnitt.db");
    }
}
