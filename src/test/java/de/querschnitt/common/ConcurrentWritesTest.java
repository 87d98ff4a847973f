package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people saving at the same moment: every write transaction reads and then writes, as the services do.
 * Without BEGIN IMMEDIATE, SQLite in WAL mode fails the second writer at once with SQLITE_BUSY. Runs outside
 * a test transaction (same Spring configuration as every test) on a probe table of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentWritesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void createProbe() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS concurrency_probe (id INTEGER PRIMARY KEY, counter INTEGER NOT NULL)");
        jdbc.update("DELETE FROM concurrency_probe");
        jdbc.update("INSERT INTO concurrency_probe (id, counter) VALUES (1, 0)");
    }

    @AfterEach
    void dropProbe() {
        jdbc.execute("DROP TABLE IF EXISTS concurrency_probe");
    }

    @Test
    void readThenWriteTransactionsOfManyThreadsNeitherFailNorLoseUpdates() throws Exception {
        var write = new TransactionTemplate(transactions);
        int threads = 4;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                    write.executeWithoutResult(status -> {
                        Integer counter = jdbc.queryForObject("SELECT counter FROM concurrency_probe WHERE id = 1",
                                Integer.class);
                        // give the others a chance to commit between this read and this write
                        Thread.onSpinWait();
                        jdbc.update("UPDATE concurrency_probe SET counter = ? WHERE id = 1", counter + 1);
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("SELECT counter FROM concurrency_probe WHERE id = 1", Integer.class))
                .isEqualTo(threads * rounds);
    }

    @Test
    void aReadOnlyTransactionDoesNotWaitForAWriter() throws Exception {
        var write = new TransactionTemplate(transactions);
        var read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        var writerHoldsLock = new CountDownLatch(1);
        var readerDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> writer = pool.submit(() -> write.executeWithoutResult(status -> {
            jdbc.update("UPDATE concurrency_probe SET counter = counter + 1 WHERE id = 1");
            writerHoldsLock.countDown();
            try {
                readerDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(writerHoldsLock.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        Integer seen = read.execute(status -> jdbc.queryForObject("SELECT counter FROM concurrency_probe WHERE id = 1",
                Integer.class));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        readerDone.countDown();
        writer.get(20, TimeUnit.SECONDS);
        pool.shutdown();
        // the reader saw the state before the writer's commit and did not wait for the writer to finish
        assertThat(seen).isZero();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
