package de.querschnitt.backup;

import de.querschnitt.common.UserError;
import de.querschnitt.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily backup ({@code querschnitt.backup.cron}), taken as system through the planner's service method. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${querschnitt.backup.cron:" + BackupProperties.DEFAULT_CRON + "}")
    void daily() {
        try {
            SystemAuthentication.call(backups::backupNow);
        } catch (UserError e) {
            // logged with its cause by the service; the next run tries again
            LOG.error("Scheduled backup failed: {}", e.getMessage());
        }
    }
}
