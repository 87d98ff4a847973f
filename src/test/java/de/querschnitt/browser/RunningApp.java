package de.querschnitt.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application as a child JVM, as an operator runs it (no test profile): the test JVM's classpath without the
 * test classes, the project folder as working folder (dev mode finds {@code frontend/}), a data folder of its own.
 * For tests that kill and restart the server (crash, restart, backup and restore). The port and the data folder
 * stay the same across restarts, so an open browser page reconnects to the new process; {@link #close()} kills it.
 */
public final class RunningApp implements AutoCloseable {

    /** JVM flags that shorten start-up: C1 only, class data sharing, one GC thread, a modest heap. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xmx512m", "--enable-native-access=ALL-UNNAMED");

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    public final int port;
    public final Path dataDir;
    private final Path log;
    private Process process;
    private Duration startup = Duration.ZERO;

    /** A server on a fresh temporary data folder (filled with the demo data at its first start). */
    public RunningApp() {
        this(temporaryFolder(), null);
    }

    /** A server on {@code dataDir}, logging to {@code log} (default: {@code app.log} in the data folder). */
    public RunningApp(Path dataDir, Path log) {
        this.port = freePort();
        this.dataDir = dataDir.toAbsolutePath();
        this.log = (log != null ? log : dataDir.resolve("app.log")).toAbsolutePath();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /**
     * Starts the server and returns once it serves the login page and, unless {@code --querschnitt.demo-data=false}
     * is among the arguments, once the demo accounts exist (the demo data is loaded after the web server is up, so
     * a login before it fails).
     */
    public RunningApp start(String... extraArguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(FAST_START);
        command.addAll(List.of("-cp", applicationClasspath(), "de.querschnitt.Application",
                "--server.port=" + port, "--querschnitt.data-dir=" + dataDir,
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(extraArguments));
        boolean demoData = !command.contains("--querschnitt.demo-data=false");
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended during start-up (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (servesLogin() && (!demoData || demoAccountsExist())) {
                startup = Duration.ofNanos(System.nanoTime() - started);
                return this;
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not serve /login within " + START_LIMIT + "; see " + log);
    }

    /** How long the last start took until the server was ready. */
    public Duration startup() {
        return startup;
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no checkpoint; the process is gone when this returns. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring closes the pool; forcibly after 60 s. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) {
            kill();
        }
    }

    @Override
    public void close() {
        if (running()) {
            kill();
        }
    }

    /** The first column of the first row of a query on the application's database, read as it is on disk. */
    public String query(String sql, Object... args) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("querschnitt.db"));
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean demoAccountsExist() {
        if (!Files.exists(dataDir.resolve("querschnitt.db"))) {
            return false;
        }
        try {
            return "1".equals(query("SELECT count(*) FROM account WHERE username = 'interview'"
                    + " AND password_hash IS NOT NULL"));
        } catch (IllegalStateException notYet) {
            // the table does not exist yet
            return false;
        }
    }

    private boolean servesLogin() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var login = HttpRequest.newBuilder(URI.create(url() + "/login")).timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The test JVM's classpath without the test classes: the application's classes and libraries. Surefire and
     * failsafe may hide the classpath in a manifest-only jar; {@code surefire.test.class.path} has it.
     */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("querschnitt-running-app");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
