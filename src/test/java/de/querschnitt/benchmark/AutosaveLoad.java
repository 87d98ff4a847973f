package de.querschnitt.benchmark;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Interviewers saving the "Ort" field of step 1 of their own interview, over real HTTP in Vaadin's UIDL
 * protocol ({@link VaadinClient}). One measured round trip is one UIDL request: the server applies the
 * value, the field's listener calls {@code InterviewService.updateField} (its transaction commits the value
 * and its revision), the view updates the progress stepper and the save state, and the answer carrying the
 * state's "saved" update arrives. An answer without it counts as a failure, not as a sample.
 */
final class AutosaveLoad {

    static final String FIELD = "Ort";
    static final String SAVE_STATE_ID = "qs-save-state";

    /** One open interview tab. */
    static final class Session {
        final int index;
        final VaadinClient client;
        int field;
        int saveState;
        volatile String lastSaved;
        int counter;

        Session(int index, VaadinClient client) {
            this.index = index;
            this.client = client;
        }
    }

    record Level(int sessions, Stats stats, int failures, double seconds, double throughput, double loadAtStart,
            Instant from, Instant to) {
    }

    private final HttpClient http = VaadinClient.newHttpClient();
    private final AppServer server;
    private final AtomicLong acknowledged = new AtomicLong();
    final List<Session> sessions = Collections.synchronizedList(new ArrayList<>());

    AutosaveLoad(AppServer server) {
        this.server = server;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** Logs in as the interviewer and opens the interview with the unit (started on first use). */
    Session open(int index, long unitId) throws Exception {
        var client = new VaadinClient(http, server.base());
        client.login("interview", "demo");
        client.open("interviews", "einheit=" + unitId);
        var session = new Session(index, client);
        session.field = client.field(FIELD);
        session.saveState = client.nodeWithId(SAVE_STATE_ID);
        return session;
    }

    /** Opens one tab per unit, {@code parallel} at a time. */
    List<Session> openAll(List<Long> unitIds, int parallel) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<Session>> futures = new ArrayList<>();
            for (int i = 0; i < unitIds.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> open(index, unitIds.get(index))));
            }
            List<Session> opened = new ArrayList<>();
            for (Future<Session> future : futures) {
                opened.add(future.get());
            }
            sessions.addAll(opened);
            return opened;
        }
    }

    /** One autosave; returns its milliseconds, or -1 if the answer did not report it saved. */
    double save(Session session) throws Exception {
        String value = "Ort " + session.index + "/" + (++session.counter);
        long start = System.nanoTime();
        JsonNode answer = session.client.type(session.field, value);
        double millis = (System.nanoTime() - start) / 1e6;
        if (!VaadinClient.reportsSaved(answer, session.saveState)) {
            return -1;
        }
        session.lastSaved = value;
        acknowledged.incrementAndGet();
        return millis;
    }

    /**
     * {@code count} sessions save concurrently for {@code warmupSeconds + seconds}; only the last
     * {@code seconds} are measured. Each session pauses uniformly {@code minPause}–{@code maxPause} ms
     * between the answer and its next save.
     */
    Level run(int count, int warmupSeconds, int seconds, int minPause, int maxPause) throws Exception {
        List<Session> active = sessions.subList(0, count);
        List<Double> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        double load = Machine.load();
        long begin = System.nanoTime();
        long measureFrom = begin + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        Instant from = Instant.now().plusSeconds(warmupSeconds);
        var errors = new ConcurrentHashMap<String, Integer>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Session session : active) {
                threads.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    // spread the first saves over one pause
                    sleepMillis(random.nextInt(Math.max(1, maxPause)));
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        try {
                            double millis = save(session);
                            if (started >= measureFrom) {
                                if (millis < 0) {
                                    failures.incrementAndGet();
                                } else {
                                    samples.add(millis);
                                }
                            }
                        } catch (Exception e) {
                            errors.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                            if (started >= measureFrom) {
                                failures.incrementAndGet();
                            }
                        }
                        sleepMillis(random.nextInt(minPause, maxPause + 1));
                    }
                    return null;
                });
            }
        }
        Instant to = Instant.now();
        errors.forEach((message, times) -> System.out.println("  error x" + times + ": " + message));
        Stats stats = Stats.of(samples);
        return new Level(count, stats, failures.get(), seconds, stats.count() / (double) seconds, load, from, to);
    }

    /** Logs every tab out; returns how many logouts failed. */
    int logoutAll() throws Exception {
        List<Future<Object>> logouts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Session session : sessions) {
                logouts.add(pool.submit(() -> {
                    session.client.logout();
                    return null;
                }));
            }
        }
        int failed = 0;
        for (Future<Object> logout : logouts) {
            try {
                logout.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                System.out.println("  logout failed: " + e.getCause());
            }
        }
        sessions.clear();
        return failed;
    }

    static String row(Level level) {
        Stats s = level.stats();
        return String.format(Locale.ROOT, "| %d | %d | %.1f/s | %.0f | %.0f | %.0f | %.0f | %d | %.1f |", level.sessions(),
                s.count(), level.throughput(), s.p50(), s.p95(), s.p99(), s.max(), level.failures(), level.loadAtStart());
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
