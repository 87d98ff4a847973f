package de.querschnitt.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the backups, prefix {@code querschnitt.backup}.
 *
 * @param cron when the scheduled backup runs (Spring cron: second minute hour day month weekday), daily at
 *             02:30 server time by default; {@code -} switches it off
 * @param keep how many backups are kept; older ones are deleted after each new backup
 */
@ConfigurationProperties("querschnitt.backup")
public record BackupProperties(@DefaultValue(BackupProperties.DEFAULT_CRON) String cron, @DefaultValue("14") int keep) {

    public static final String DEFAULT_CRON = "0 30 2 * * *";

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("querschnitt.backup.keep must be at least 1, is " + keep);
        }
    }
}
