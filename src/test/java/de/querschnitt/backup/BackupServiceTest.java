package de.querschnitt.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.backup.repository.BackupRepository;
import de.querschnitt.common.QuerschnittProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups of the running application's database. Not in a test transaction ({@code VACUUM INTO} reads what is
 * committed, and the concurrency test needs real commits); same Spring configuration as every test.
 */
@SpringBootTest
@ActiveProfiles("test")
class BackupServiceTest {

    @Autowired
    BackupService backups;
    @Autowired
    BackupSchedule schedule;
    @Autowired
    BackupRepository repository;
    @Autowired
    QuerschnittProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<ScheduledTaskHolder> scheduledTasks;

    @Test
    @WithUserDetails("planung")
    void thePlannersBackupIsACheckedCompleteCopyInTheBackupFolder() throws Exception {
        Backup backup = backups.backupNow();

        Path file = properties.dataDir().resolve("backups").resolve(backup.name());
        assertThat(file).isRegularFile();
        assertThat(backup.name()).matches("querschnitt-\\d{8}-\\d{6}-\\d{3}\\.db");
        assertThat(backup.sizeBytes()).isEqualTo(Files.size(file)).isPositive();
        assertThat(repository.integrityCheck(file)).containsExactly("ok");
        for (String table : List.of("org_unit", "profile", "section_item", "revision", "account")) {
            assertThat(count(file, table)).as(table)
                    .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)).isPositive();
        }
        assertThat(backups.list().getFirst()).isEqualTo(backup);
        // nothing half-written stays behind
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    @WithUserDetails("planung")
    void onlyTheNewestBackupsAreKept() {
        var settings = backups.settings();
        assertThat(settings.keep()).isEqualTo(14);
        List<Backup> taken = new ArrayList<>();
        for (int i = 0; i < settings.keep() + 2; i++) {
            taken.add(backups.backupNow());
        }

        List<Backup> kept = backups.list();
        assertThat(kept).hasSize(settings.keep());
        // newest first, and the newest taken are those kept
        assertThat(kept).containsExactlyElementsOf(taken.reversed().subList(0, settings.keep()));
        assertThat(kept.getFirst().createdAt()).isAfter(kept.getLast().createdAt());
    }

    @Test
    @WithUserDetails("planung")
    void aBackupTakenWhileWritesGoOnIsConsistent() throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS backup_probe_a (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS backup_probe_b (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
        var write = new TransactionTemplate(transactions);
        var stop = new AtomicBoolean();
        var committed = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // every transaction writes one row into each table: a consistent copy has as many rows in a as in b
            Future<?> writes = writer.submit(() -> {
                while (!stop.get()) {
                    write.executeWithoutResult(status -> {
                        String payload = "x".repeat(2000);
                        jdbc.update("INSERT INTO backup_probe_a (payload) VALUES (?)", payload);
                        jdbc.update("INSERT INTO backup_probe_b (payload) VALUES (?)", payload);
                    });
                    committed.incrementAndGet();
                }
                return null;
            });
            long previous = -1;
            for (int i = 0; i < 5; i++) {
                int before = committed.get();
                Backup backup = backups.backupNow();
                Path file = properties.dataDir().resolve("backups").resolve(backup.name());
                assertThat(repository.integrityCheck(file)).containsExactly("ok");
                long a = count(file, "backup_probe_a");
                assertThat(count(file, "backup_probe_b")).isEqualTo(a);
                assertThat(a).isGreaterThanOrEqualTo(before).isGreaterThanOrEqualTo(previous);
                previous = a;
            }
            stop.set(true);
            writes.get(30, TimeUnit.SECONDS);
            // the writes really went on during the backups
            assertThat(committed.get()).isGreaterThan(5);
        } finally {
            stop.set(true);
            writer.shutdown();
            assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            jdbc.execute("DROP TABLE IF EXISTS backup_probe_a");
            jdbc.execute("DROP TABLE IF EXISTS backup_probe_b");
        }
    }

    @Test
    void theDailyRunBacksUpAsSystemOnTheConfiguredSchedule() {
        assertThat(scheduledTasks.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask()).filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .map(CronTask::getExpression)).contains(BackupProperties.DEFAULT_CRON);
        var before = de.querschnitt.security.SystemAuthentication.call(backups::list);

        schedule.daily();

        var after = de.querschnitt.security.SystemAuthentication.call(backups::list);
        assertThat(after.getFirst()).isNotIn(before);
    }

    @Test
    @WithUserDetails("interview")
    void interviewersMayNotTakeOrListBackups() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::settings).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsMayNotTakeBackups() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("gast")
    void readersMayNotTakeBackups() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyAnonymousMayTakeBackups() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static long count(Path database, String table) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath() + "?open_mode=1");
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
