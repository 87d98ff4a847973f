package de.querschnitt.durability;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child JVM on the test JVM's classpath, started from the project folder on a data
 * folder of its own, as an operator would run it (no test profile). Killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) or stopped with SIGTERM.
 */
final class RunningApp implements AutoCloseable {

    /** JVM flags that shorten start-up (measured in the crash test's report): C1 only, CDS, one GC thread. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xmx512m", "--enable-native-access=ALL-UNNAMED");

    private static final Duration START_LIMIT = Duration.ofSeconds(240);

    final Process process;
    final int port;
    final Duration startup;
    final Path log;

    private RunningApp(Process process, int port, Duration startup, Path log) {
        this.process = process;
        this.port = port;
        this.startup = startup;
        this.log = log;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the application on {@code dataDir} and returns once it serves the login page. */
    static RunningApp start(Path dataDir, Path log, String... extraArguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(FAST_START);
        command.add("-cp");
        // surefire/failsafe may put the classpath into a manifest-only jar; this property has the real one
        command.add(applicationClasspath());
        command.add("de.querschnitt.Application");
        command.add("--server.port=" + port);
        command.add("--querschnitt.data-dir=" + dataDir.toAbsolutePath());
        command.add("--vaadin.devmode.devTools.enabled=false");
        command.add("--vaadin.launch-browser=false");
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(extraArguments));
        long started = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var app = waitUntilServing(process, port, started, log);
        return app;
    }

    /**
     * The test JVM's classpath without the test classes: the application's classes and libraries. Surefire and
     * failsafe may hide the classpath in a manifest-only jar; {@code surefire.test.class.path} has it.
     */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static RunningApp waitUntilServing(Process process, int port, long started, Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended during start-up (exit " + process.exitValue()
                        + "); see " + log.toAbsolutePath());
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new RunningApp(process, port, Duration.ofNanos(System.nanoTime() - started), log);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not serve /login within " + START_LIMIT + "; see "
                + log.toAbsolutePath());
    }

    /** SIGKILL: no shutdown hook, no flush, no checkpoint; the process is gone when this returns. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring closes the pool; forcibly after 60 s. */
    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) {
            kill();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
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
