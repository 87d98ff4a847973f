package de.querschnitt.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The application as a separate JVM (the test JVM's classpath, the project directory as working folder so
 * dev mode finds {@code frontend/}), for tests that kill and restart the server: a crash must not lose what
 * a person typed. The data folder survives restarts; {@link #close()} kills the process.
 */
final class RunningApp implements AutoCloseable {

    final int port;
    final Path dataDir;
    private final Path log;
    private Process process;

    RunningApp() {
        try {
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            dataDir = Files.createTempDirectory("querschnitt-running-app");
            log = dataDir.resolve("app.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts the server and waits until it answers (dev mode on a busy machine may take a minute or two). */
    RunningApp start() {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), "de.querschnitt.Application",
                "--server.port=" + port, "--querschnitt.data-dir=" + dataDir,
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false");
        try {
            process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended at start-up; see " + log);
            }
            // the demo data (with its accounts) is loaded after the web server is up: a login before it fails
            if (answers() && demoAccountsExist()) {
                return this;
            }
            sleep(500);
        }
        throw new IllegalStateException("The application did not answer within 4 minutes; see " + log);
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** Ends the server the hard way (SIGKILL): nothing gets a chance to flush or say goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first column of the first row of a query on the application's database, read as it is on disk. */
    String query(String sql, Object... args) {
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

    /** The server's log so far (for a failing test's message). */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private boolean demoAccountsExist() {
        try {
            return "1".equals(query("SELECT count(*) FROM account WHERE username = 'interview'"
                    + " AND password_hash IS NOT NULL"));
        } catch (IllegalStateException notYet) {
            // no database file or no table yet
            return false;
        }
    }

    private boolean answers() {
        try {
            var connection = (HttpURLConnection) URI.create(url() + "/login").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The test JVM's classpath, also when surefire/failsafe hand it over in a manifest-only jar. */
    private static String classpath() {
        String classpath = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                entries.addAll(fromManifest(entry));
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> fromManifest(String jar) {
        try (var file = new JarFile(jar)) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.split(" ")) {
                if (!url.isBlank()) {
                    URI uri = URI.create(url);
                    entries.add(uri.isAbsolute() ? Path.of(uri).toString()
                            : Path.of(jar).getParent().resolve(uri.getPath()).toString());
                }
            }
            return entries;
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

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
