package de.querschnitt.benchmark;

import de.querschnitt.annex.AnnexBenchmark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark command: {@code ./mvnw -q -Pbenchmark test-compile exec:java}. Measures start-up, the
 * autosave round trip under concurrent sessions, the heap per open interview session, the matrix at ×1, ×10
 * and ×100 of the seed's data and the annex PDF, prints the figures and writes them into the generated blocks
 * of {@code docs/benchmarks.md} (hand-written text there is kept). Every server runs as a child JVM; the
 * work files are in {@code target/benchmark/}. Not a test: the figures depend on the machine.
 *
 * <p>{@code -Dbenchmarks=startup,autosave,matrix,annex} runs a part only (the other blocks stay as they are);
 * {@code -Dbenchmark.sessions=100} sets the sessions of the heap measurement, {@code -Dbenchmark.levels=1,10,50,100}
 * the concurrent sessions of the autosave levels and {@code -Dbenchmark.seconds=30} the measured time of each.
 */
public final class Benchmarks {

    static final int[] LEVELS = Arrays.stream(System.getProperty("benchmark.levels", "1,10,50,100").split(","))
            .mapToInt(Integer::parseInt).toArray();
    /** Measured seconds per load level (after 5 s warm-up). */
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    static final int STARTUP_RUNS = 3;

    private final Path root = Path.of("target", "benchmark");
    private final BenchmarkDoc doc;
    private final Set<String> parts;
    private final Map<String, String> verdicts = new LinkedHashMap<>();
    private Path seedDb;
    private boolean failed;

    private Benchmarks(Path docFile, Set<String> parts) throws IOException {
        this.doc = new BenchmarkDoc(docFile);
        this.parts = parts;
    }

    public static void main(String[] args) throws Exception {
        Path docFile = Path.of(System.getProperty("benchmark.doc", args.length > 0 ? args[0] : "docs/benchmarks.md"));
        Set<String> parts = Set.of(System.getProperty("benchmarks", "startup,autosave,matrix,annex").split(","));
        long started = System.nanoTime();
        String startLoad = Machine.loadText();
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC));
        System.out.println("Benchmarks on " + Machine.describe() + ", load average " + startLoad);
        var benchmarks = new Benchmarks(docFile, parts);
        benchmarks.prepare();
        benchmarks.part("startup", benchmarks::startup);
        benchmarks.part("autosave", benchmarks::autosave);
        benchmarks.part("matrix", benchmarks::matrix);
        benchmarks.part("annex", benchmarks::annex);
        double minutes = (System.nanoTime() - started) / 60e9;
        StringBuilder summary = new StringBuilder();
        summary.append(String.format(Locale.ROOT, "Last run: %s on %s. Load average at start: %s, at the end: %s "
                + "(1-minute average of runnable processes; on 2 cores anything above 2 means the figures include "
                + "waiting for a core). The whole command took %.1f min.%n%n", date, Machine.describe(), startLoad,
                Machine.loadText(), minutes));
        if (!benchmarks.verdicts.isEmpty()) {
            summary.append("| target | measured | |\n|---|---|---|\n");
            benchmarks.verdicts.forEach((target, verdict) -> summary.append("| ").append(target).append(" | ")
                    .append(verdict).append(" |\n"));
        }
        benchmarks.doc.put("summary", "## Summary", summary.toString());
        benchmarks.doc.write();
        System.out.printf(Locale.ROOT, "%nDone in %.1f min; written to %s%n", minutes, docFile);
        // a part that failed is written into the file; the exit status tells an unattended run
        System.exit(benchmarks.failed ? 1 : 0);
    }

    /** Development mode's component tracker records where each component was created; production has none. */
    static final String NO_COMPONENT_TRACKER = "-Dvaadin.devmode.componentTracker.enabled=false";

    interface Part {
        void run() throws Exception;
    }

    private void part(String name, Part part) throws IOException {
        if (!parts.contains(name)) {
            return;
        }
        System.out.println("\n== " + name + " (load average " + Machine.loadText() + ")");
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            failed = true;
            doc.put(name, null, "The benchmark failed in this run: `" + e + "` (see the command's output).");
            verdicts.put(name, "failed: " + e.getMessage() + " | ✗");
        }
        doc.write();
    }

    private void prepare() throws Exception {
        deleteTree(root);
        Files.createDirectories(root);
    }

    // --- start-up

    private void startup() throws Exception {
        List<Double> loginPage = new ArrayList<>();
        List<Double> loginReady = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int run = 1; run <= STARTUP_RUNS; run++) {
            Path dir = root.resolve("startup-" + run);
            loads.add(Machine.loadText());
            try (AppServer server = AppServer.startApplication(dir, dir.resolve("app.log"),
                    List.of(AppServer.SPRING_BOOT_RUN_FLAG))) {
                loginPage.add(server.awaitLoginPage(Duration.ofMinutes(3)));
                loginReady.add(server.awaitLogin("planung", "demo", Duration.ofMinutes(3)));
            }
            System.out.printf(Locale.ROOT, "start %d: login page after %.1f s, first login after %.1f s (load %s)%n", run,
                    loginPage.getLast() / 1000, loginReady.getLast() / 1000, loads.getLast());
        }
        seedDb = root.resolve("startup-1").resolve("querschnitt.db");
        Path restartDir = root.resolve("startup-1");
        String restartLoad = Machine.loadText();
        double restart;
        try (AppServer server = AppServer.startApplication(restartDir, root.resolve("restart.log"),
                List.of(AppServer.SPRING_BOOT_RUN_FLAG))) {
            restart = server.awaitLoginPage(Duration.ofMinutes(3));
        }
        System.out.printf(Locale.ROOT, "restart on existing data: login page after %.1f s%n", restart / 1000);
        double median = Stats.median(loginPage);
        StringBuilder out = new StringBuilder();
        out.append("Method: the application as a child JVM on the benchmark's classpath (target/classes, "
                + "target/test-classes, all dependencies) with `" + AppServer.SPRING_BOOT_RUN_FLAG + "` as "
                + "`./mvnw spring-boot:run` adds it, Vaadin development mode, an empty data folder each time (so "
                + "Flyway migrates and the demo data is loaded); timed from starting the JVM until `GET /login` "
                + "answers 200 (polled every 50 ms), and until the demo account `planung` can log in (the demo data "
                + "is loaded after the web server is up). Median of " + STARTUP_RUNS + " runs.\n\n");
        out.append("| run | login page | first login | load average at start |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < loginPage.size(); i++) {
            out.append(String.format(Locale.ROOT, "| %d | %.1f s | %.1f s | %s |%n", i + 1, loginPage.get(i) / 1000,
                    loginReady.get(i) / 1000, loads.get(i)));
        }
        out.append(String.format(Locale.ROOT, "| **median** | **%.1f s** | **%.1f s** | |%n", median / 1000,
                Stats.median(loginReady) / 1000));
        out.append(String.format(Locale.ROOT, "| restart on existing data | %.1f s | | %s |%n", restart / 1000,
                restartLoad));
        doc.put("startup", null, out.toString());
        verdicts.put("start-up < 15 s (to the login page)", String.format(Locale.ROOT, "%.1f s (median) | %s",
                median / 1000, median < 15_000 ? "met" : "**missed**"));
    }

    private Path seedDb() throws Exception {
        if (seedDb == null || !Files.exists(seedDb)) {
            Path dir = root.resolve("seed");
            try (AppServer server = AppServer.startApplication(dir, root.resolve("seed.log"), List.of())) {
                server.awaitLogin("planung", "demo", Duration.ofMinutes(3));
            }
            seedDb = dir.resolve("querschnitt.db");
        }
        return seedDb;
    }

    // --- autosave and heap per session

    private void autosave() throws Exception {
        int heapSessions = Integer.getInteger("benchmark.sessions", 100);
        int needed = Math.max(heapSessions, LEVELS[LEVELS.length - 1]) + 1;
        Path dir = root.resolve("load");
        Path db = dir.resolve("querschnitt.db");
        ScaledData.copy(seedDb(), db);
        List<Long> units = new ArrayList<>();
        try (Connection connection = ScaledData.open(db)) {
            int times = 1;
            while (ScaledData.count(connection, "org_unit") * (long) 1 < needed) {
                ScaledData.scale(connection, times, times * 10);
                times *= 10;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT id FROM org_unit ORDER BY id")) {
                while (result.next()) {
                    units.add(result.getLong(1));
                }
            }
        }
        Path recording = root.resolve("autosave.jfr");
        String jfr = "-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ",settings=profile";
        List<AutosaveLoad.Level> levels = new ArrayList<>();
        long heapZero;
        long heapOpen;
        long heapAfter;
        long acknowledged;
        List<AutosaveLoad.Session> sessions;
        double serverCpuPerSave50 = Double.NaN;
        Map<Integer, Double> cpuPerSave = new LinkedHashMap<>();
        Instant from50 = null;
        Instant to50 = null;
        String loadHeap;
        String heapClasses;
        String heapClassesAfter;
        // development mode, but without its component tracker, which keeps a stack trace of every component's
        // creation for the dev tools (about 0.6 MB per interview tab); production mode never runs it
        try (AppServer server = AppServer.startApplication(dir, dir.resolve("app.log"),
                List.of(jfr, NO_COMPONENT_TRACKER))) {
            server.awaitLogin("interview", "demo", Duration.ofMinutes(3));
            var load = new AutosaveLoad(server);
            // warm up: one tab, saves back to back, then closed
            var warm = load.open(-1, units.getFirst());
            for (int i = 0; i < 60; i++) {
                load.save(warm);
            }
            warm.client.logout();
            loadHeap = Machine.loadText();
            heapZero = server.liveHeapBytes();
            var histogramZero = histogram(server);
            System.out.printf(Locale.ROOT, "heap with 0 sessions: %.1f MB%n", heapZero / 1e6);
            long opening = System.nanoTime();
            sessions = load.openAll(units.subList(1, 1 + Math.max(heapSessions, LEVELS[LEVELS.length - 1])), 4);
            System.out.printf(Locale.ROOT, "opened %d interview tabs in %.1f s%n", sessions.size(),
                    (System.nanoTime() - opening) / 1e9);
            heapOpen = server.liveHeapBytes();
            heapClasses = histogramDelta(histogramZero, histogram(server), sessions.size(), 15);
            System.out.printf(Locale.ROOT, "heap with %d sessions: %.1f MB%n", sessions.size(), heapOpen / 1e6);
            for (int level : LEVELS) {
                boolean single = level == 1;
                long cpuBefore = server.processCpuNanos();
                long savesBefore = load.acknowledged();
                var result = single ? load.run(level, 5, SECONDS, 100, 300) : load.run(level, 5, SECONDS, 500, 1500);
                long saves = load.acknowledged() - savesBefore;
                double cpu = (server.processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, saves);
                cpuPerSave.put(level, cpu);
                levels.add(result);
                if (level == 50) {
                    from50 = result.from();
                    to50 = result.to();
                    serverCpuPerSave50 = cpu;
                }
                System.out.println(AutosaveLoad.row(result) + String.format(Locale.ROOT, " server CPU %.1f ms/save", cpu));
            }
            int logoutsFailed = load.logoutAll();
            if (logoutsFailed > 0) {
                System.out.println(logoutsFailed + " logouts failed");
            }
            heapAfter = server.liveHeapBytes();
            heapClassesAfter = histogramDelta(histogramZero, histogram(server), 1, 8);
            acknowledged = load.acknowledged();
        }
        // every acknowledged save is in the database, each tab's last one as its interview's place
        long revisions;
        int lastValuesFound = 0;
        try (Connection connection = ScaledData.open(db)) {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                    "SELECT count(*) FROM revision WHERE entity = 'INTERVIEW' AND field = 'interview.place'")) {
                result.next();
                revisions = result.getLong(1);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM interview WHERE unit_id = ? AND place = ?")) {
                for (int i = 0; i < sessions.size(); i++) {
                    var session = sessions.get(i);
                    if (session.lastSaved == null) {
                        lastValuesFound++;
                        continue;
                    }
                    statement.setLong(1, units.get(1 + i));
                    statement.setString(2, session.lastSaved);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        lastValuesFound += result.getInt(1);
                    }
                }
            }
        }
        boolean consistent = revisions == acknowledged && lastValuesFound == sessions.size();
        System.out.printf(Locale.ROOT, "acknowledged saves %d, revisions in the database %d, last values found %d/%d%n",
                acknowledged, revisions, lastValuesFound, sessions.size());

        StringBuilder out = new StringBuilder();
        out.append("Method: real HTTP against the application in a child JVM (development mode without its component "
                + "tracker (`" + NO_COMPONENT_TRACKER + "`, as in production mode), full JIT, a flight "
                + "recording running), on a copy of the seed's data ×10 (130 units, so each tab has an interview of its "
                + "own). The load driver (`benchmark/VaadinClient`, in the benchmark's JVM on the same machine) logs "
                + "each tab in through the login form as `interview`, opens `interviews?einheit=<unit>` like the "
                + "browser (page, `?v-r=init`, `ui-navigate` event) and then types into the field \"Ort\" of step 1 by "
                + "sending what Vaadin's client sends after the 1 s typing pause: an `mSync` of the `value` property and "
                + "the `input` event, as one UIDL request. One round trip = that request until its answer is read: the "
                + "value change runs `Autosave` → `InterviewService.updateField` (transaction with the new value and "
                + "its revision, committed), the view updates the stepper and the save state, and the answer must "
                + "carry the save state's \"saved\" update (else it counts as a failure). Each session pauses "
                + "0.5–1.5 s (uniform) between an answer and its next save, i.e. about one save per second per "
                + "person, which is more than a person typing produces; the single session pauses 0.1–0.3 s to get "
                + "enough samples. 5 s warm-up per level, then " + SECONDS + " s measured; percentiles by nearest rank; "
                + "server CPU is the child JVM's process CPU time per acknowledged save in the level.\n\n");
        out.append("| sessions | saves measured | rate | p50 ms | p95 ms | p99 ms | max ms | failures | load average at start |"
                + " server CPU per save |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var level : levels) {
            out.append(AutosaveLoad.row(level)).append(String.format(Locale.ROOT, " %.1f ms |%n",
                    cpuPerSave.get(level.sessions())));
        }
        out.append(String.format(Locale.ROOT, "%nDurability check after the run: %d saves acknowledged with \"saved\", "
                + "%d `interview.place` revisions in the database, each tab's last value stored in %d of %d "
                + "interviews: %s.%n", acknowledged, revisions, lastValuesFound, sessions.size(),
                consistent ? "consistent" : "**NOT consistent**"));
        doc.put("autosave", null, out.toString());

        // the larger of the two estimates: heap before the tabs opened and after they closed differ by noise
        double perSession = (heapOpen - Math.min(heapZero, heapAfter)) / (double) sessions.size();
        StringBuilder heap = new StringBuilder();
        heap.append("Method: in the same server, after one warm-up tab was used and logged out: heap in use after two "
                + "full GCs (`MemoryMXBean.gc()` over JMX; G1, the JVM's default heap limit) with 0 tabs open, then "
                + "with " + sessions.size() + " logged-in interview tabs (one HTTP session and one Vaadin UI each, "
                + "showing step 1 of its own interview), difference divided by the number of tabs; again after "
                + "all tabs logged out. Per session: (heap with the tabs − the lower of the two 0-tab figures) / tabs.\n\n");
        heap.append(String.format(Locale.ROOT, "| open tabs | live heap | load average |%n|---:|---:|---:|%n"
                + "| 0 | %.1f MB | %s |%n| %d | %.1f MB | |%n| 0 (after logout) | %.1f MB | |%n%n", heapZero / 1e6,
                loadHeap, sessions.size(), heapOpen / 1e6, heapAfter / 1e6));
        heap.append(String.format(Locale.ROOT, "**%.0f KB per open interview session** (target < 300 KB).%n",
                perSession / 1024));
        heap.append("\nWhat the open tabs add, by class (live bytes after a full GC with the tabs minus with 0 tabs, per tab; "
                + "`GC.class_histogram` over JMX):\n\n").append(heapClasses)
                .append("\nWhat is live after the load levels and the logout of every tab, compared with 0 tabs before "
                        + "(whole bytes, not per tab):\n\n").append(heapClassesAfter.replace("per tab", "more"));
        doc.put("heap", null, heap.toString());

        if (from50 != null) {
            doc.put("autosave-profile", null, "Flight recording of the server during the 50-session level "
                    + "(`settings=profile`, `" + recording + "`):\n\n" + JfrSummary.summarize(recording, from50, to50,
                    12));
        }
        var fifty = levels.stream().filter(l -> l.sessions() == 50).findFirst().orElse(levels.getLast());
        verdicts.put("autosave p95 < 150 ms at 50 sessions", String.format(Locale.ROOT, "%.0f ms | %s",
                fifty.stats().p95(), fifty.stats().p95() < 150 ? "met" : "**missed**"));
        verdicts.put("autosave p99 < 300 ms at 50 sessions", String.format(Locale.ROOT, "%.0f ms | %s",
                fifty.stats().p99(), fifty.stats().p99() < 300 ? "met" : "**missed**"));
        verdicts.put("heap per open interview session < 300 KB", String.format(Locale.ROOT, "%.0f KB | %s",
                perSession / 1024, perSession < 300 * 1024 ? "met" : "**missed**"));
        verdicts.put("every acknowledged autosave stored", (consistent ? "yes" : "NO") + " | "
                + (consistent ? "met" : "**missed**"));
        System.out.printf(Locale.ROOT, "heap per session: %.0f KB; server CPU per save at 50: %.1f ms%n",
                perSession / 1024, serverCpuPerSave50);
    }

    // --- matrix

    private void matrix() throws Exception {
        Path dir = root.resolve("matrix");
        ScaledData.copy(seedDb(), dir.resolve("querschnitt.db"));
        Path out = root.resolve("matrix.tsv");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        runChild(List.of(), MatrixBenchmark.class.getName(), root.resolve("matrix.log"), Duration.ofMinutes(6),
                dir.toAbsolutePath().toString(), out.toAbsolutePath().toString(), Integer.toString(port));
        List<String[]> rows = MatrixBenchmark.read(out).stream().map(l -> l.split("\t")).toList();
        StringBuilder text = new StringBuilder();
        text.append("Method: a child JVM with the application (development mode) on a copy of the seed's database, "
                + "grown in place by SQL to ×10 and ×100 (every unit repeated as a further district with its profiles, "
                + "sections, items, term links and instruments; the 17 themes stay the columns). At each size: "
                + "`MatrixService.matrix(round, THEME, 3)` as the planner, i.e. the query and the `ThemeMatrix` "
                + "view model (median after warm-up), and the matrix page opened in a fresh tab over HTTP as the "
                + "planner (the `ui-navigate` request: the view with its table built and sent; median of 3 after one "
                + "warm-up).\n\n");
        text.append("| data | units | term links | matrix entries | service (median) | runs ms | page (median) | runs ms |"
                + " page answer | load average |\n|---|---:|---:|---:|---:|---|---:|---|---:|---:|\n");
        for (String[] r : rows) {
            text.append(String.format(Locale.ROOT, "| ×%s | %s | %s | %s | %s ms | %s | %s ms | %s | %d kB | %s |%n",
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], Integer.parseInt(r[8]) / 1024, r[9]));
        }
        if (rows.size() == 3) {
            double service = Double.parseDouble(rows.get(2)[4]) / Math.max(0.1, Double.parseDouble(rows.get(1)[4]));
            double page = Double.parseDouble(rows.get(2)[6]) / Math.max(0.1, Double.parseDouble(rows.get(1)[6]));
            text.append(String.format(Locale.ROOT, "%n×10 → ×100 (10× the data): service %.1f×, page %.1f× the time.%n",
                    service, page));
            verdicts.put("matrix grows no faster than the data (×10 → ×100)", String.format(Locale.ROOT,
                    "service %.1f×, page %.1f× | %s", service, page, service <= 12 && page <= 12 ? "met" : "**missed**"));
        }
        doc.put("matrix", null, text.toString());
    }

    // --- annex PDF

    private void annex() throws Exception {
        Path out = root.resolve("annex.md");
        runChild(List.of(), AnnexBenchmark.class.getName(), root.resolve("annex.log"), Duration.ofMinutes(5),
                out.toAbsolutePath().toString());
        String text = Files.readString(out);
        doc.put("annex", null, text);
        System.out.print(text);
    }

    private static void runChild(List<String> jvmOptions, String mainClass, Path log, Duration timeout,
            String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(AppServer.javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(AppServer.classpath());
        command.add(mainClass);
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + timeout + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The class histogram, or an empty one if the server cannot give it (the figures do not depend on it). */
    private static Map<String, Long> histogram(AppServer server) {
        try {
            return server.classHistogram();
        } catch (IOException | RuntimeException e) {
            System.out.println("no class histogram: " + e);
            return Map.of();
        }
    }

    private static String histogramDelta(Map<String, Long> before, Map<String, Long> after, int sessions, int top) {
        StringBuilder out = new StringBuilder("| class | per tab |\n|---|---:|\n");
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f KB |%n", e.getKey(),
                        e.getValue() / 1024.0 / sessions)));
        return out.toString();
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
