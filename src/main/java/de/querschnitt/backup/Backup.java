package de.querschnitt.backup;

import java.time.Instant;

/**
 * One backup file in the backup folder.
 *
 * @param name      the file name, e.g. {@code querschnitt-20261124-023000-000.db} (time in UTC)
 * @param createdAt when the copy was taken
 * @param sizeBytes the file's size
 */
public record Backup(String name, Instant createdAt, long sizeBytes) {
}
