package de.querschnitt.backup;

import java.nio.file.Path;

/**
 * What the planner's backup page shows about the backups.
 *
 * @param folder where the backups are written
 * @param cron   the schedule (Spring cron), {@code -} when switched off
 * @param keep   how many backups are kept
 */
public record BackupSettings(Path folder, String cron, int keep) {

    /** The time of day of a daily schedule ("0 30 2 * * *" gives "02:30"), empty for any other schedule. */
    public java.util.Optional<String> dailyAt() {
        String[] parts = cron.trim().split("\\s+");
        if (parts.length == 6 && parts[0].equals("0") && parts[1].matches("\\d{1,2}") && parts[2].matches("\\d{1,2}")
                && parts[3].equals("*") && parts[4].equals("*") && (parts[5].equals("*") || parts[5].equals("?"))) {
            return java.util.Optional.of(String.format("%02d:%02d", Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[1])));
        }
        return java.util.Optional.empty();
    }
}
