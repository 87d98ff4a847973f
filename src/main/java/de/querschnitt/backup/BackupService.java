package de.querschnitt.backup;

import de.querschnitt.backup.repository.BackupRepository;
import de.querschnitt.common.QuerschnittProperties;
import de.querschnitt.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Consistent copies of the database in {@code <data-dir>/backups/}: taken while the application runs, checked
 * before they count, the newest {@code querschnitt.backup.keep} kept. Only the planner (and the scheduled run,
 * as system) may take or list them.
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("querschnitt-(\\d{8}-\\d{6}-\\d{3})\\.db");

    private final BackupRepository repository;
    private final QuerschnittProperties properties;
    private final BackupProperties backups;
    private final Clock clock;

    BackupService(BackupRepository repository, QuerschnittProperties properties, BackupProperties backups,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * Takes a backup now, checks it and deletes the oldest beyond the number to keep. One at a time: a second
     * request waits for the first.
     *
     * @throws UserError {@code backup.error.failed} when the copy could not be written or is not sound; no
     *                   partial file is left behind
     */
    @PreAuthorize("hasRole('PLANNER')")
    public synchronized Backup backupNow() {
        Path folder = folder();
        Path part = null;
        try {
            Files.createDirectories(folder);
            Instant now = clock.instant();
            String name = freeName(folder, now);
            part = folder.resolve(name + ".part");
            Files.deleteIfExists(part);
            repository.copy(properties.databaseFile(), part);
            List<String> check = repository.integrityCheck(part);
            if (!check.equals(List.of("ok"))) {
                throw new IllegalStateException("integrity_check of the copy: " + check);
            }
            Path target = folder.resolve(name);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            var backup = new Backup(name, createdAt(name).orElse(now), Files.size(target));
            LOG.info("Backup {} written ({} bytes)", target.toAbsolutePath(), backup.sizeBytes());
            deleteOld(folder);
            return backup;
        } catch (IOException | RuntimeException e) {
            LOG.error("Backup into {} failed", folder.toAbsolutePath(), e);
            throw new UserError("backup.error.failed", folder.toAbsolutePath().toString());
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.warn("Cannot remove the unfinished backup {}", part, e);
                }
            }
        }
    }

    /** The backups in the folder, newest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.flatMap(file -> {
                String name = file.getFileName().toString();
                try {
                    return createdAt(name).map(time -> new Backup(name, time, sizeOf(file))).stream();
                } catch (UncheckedIOException gone) {
                    // deleted by a concurrent clean-up between listing and reading its size
                    return Stream.empty();
                }
            }).sorted(Comparator.comparing(Backup::createdAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the backups go, when they run and how many are kept. */
    @PreAuthorize("hasRole('PLANNER')")
    public BackupSettings settings() {
        return new BackupSettings(folder().toAbsolutePath().normalize(), backups.cron(), backups.keep());
    }

    private Path folder() {
        return properties.dataDir().resolve("backups");
    }

    private void deleteOld(Path folder) throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(backups.keep(), all.size()), all.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
            LOG.info("Old backup {} deleted (keeping {})", old.name(), backups.keep());
        }
    }

    private static String freeName(Path folder, Instant now) {
        Instant time = now;
        String name;
        // two backups within one millisecond (a click during the scheduled run) get distinct names
        while (Files.exists(folder.resolve(name = "querschnitt-" + STAMP.format(time.atOffset(ZoneOffset.UTC))
                + ".db"))) {
            time = time.plusMillis(1);
        }
        return name;
    }

    private static Optional<Instant> createdAt(String name) {
        var match = NAME.matcher(name);
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(match.group(1), STAMP).toInstant(ZoneOffset.UTC));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
