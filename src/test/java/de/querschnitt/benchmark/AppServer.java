package de.querschnitt.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application as a child JVM on the benchmark's own classpath (classes, test classes and every
 * dependency, as {@code ./mvnw spring-boot:run} runs it, in Vaadin's development mode), with its own data
 * folder and port, and JMX on a local port so the benchmark can force a full GC and read the heap.
 */
final class AppServer implements AutoCloseable {

    /** What {@code spring-boot:run} adds by default ({@code optimizedLaunch}): only the C1 compiler. */
    static final String SPRING_BOOT_RUN_FLAG = "-XX:TieredStopAtLevel=1";

    private final Process process;
    private final int port;
    private final int jmxPort;
    private final long startedNanos;
    private JMXConnector jmx;

    private AppServer(Process process, int port, int jmxPort, long startedNanos) {
        this.process = process;
        this.port = port;
        this.jmxPort = jmxPort;
        this.startedNanos = startedNanos;
    }

    /** Starts the application; {@code jvmOptions} e.g. the spring-boot:run flag or a flight recording. */
    static AppServer start(Path dataDir, Path log, List<String> jvmOptions, String mainClass, String... arguments)
            throws IOException {
        int port = freePort();
        int jmxPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-Dcom.sun.management.jmxremote.port=" + jmxPort);
        command.add("-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort);
        command.add("-Dcom.sun.management.jmxremote.authenticate=false");
        command.add("-Dcom.sun.management.jmxremote.ssl=false");
        command.add("-Djava.rmi.server.hostname=127.0.0.1");
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.add("--server.port=" + port);
        command.add("--querschnitt.data-dir=" + dataDir.toAbsolutePath());
        command.addAll(List.of(arguments));
        log.toFile().getParentFile().mkdirs();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppServer(process, port, jmxPort, started);
    }

    static AppServer startApplication(Path dataDir, Path log, List<String> jvmOptions) throws IOException {
        return start(dataDir, log, jvmOptions, "de.querschnitt.Application");
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    int port() {
        return port;
    }

    /**
     * Waits until GET /login answers 200.
     *
     * @return milliseconds since the JVM was started
     */
    double awaitLoginPage(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(base().resolve("login")).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No login page within " + timeout);
    }

    /**
     * Waits until the demo accounts can log in (the demo data is loaded after the web server started).
     *
     * @return milliseconds since the JVM was started
     */
    double awaitLogin(String username, String password, Duration timeout) throws InterruptedException {
        HttpClient http = VaadinClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                new VaadinClient(http, base()).login(username, password);
                return (System.nanoTime() - startedNanos) / 1e6;
            } catch (IOException | RuntimeException e) {
                last = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No login within " + timeout, last);
    }

    /** Heap in use after two full collections (System.gc() is a full, stop-the-world GC with G1). */
    long liveHeapBytes() throws IOException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connection(), ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The live objects per class (after a full GC), as {@code jcmd GC.class_histogram} prints them: class name →
     * bytes.
     */
    java.util.Map<String, Long> classHistogram() throws IOException {
        try {
            Object text = connection().invoke(new javax.management.ObjectName(
                    "com.sun.management:type=DiagnosticCommand"), "gcClassHistogram", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            java.util.Map<String, Long> bytes = new java.util.HashMap<>();
            for (String line : String.valueOf(text).split("\n")) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length >= 4 && columns[0].endsWith(":")) {
                    bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                }
            }
            return bytes;
        } catch (javax.management.JMException e) {
            throw new IOException(e);
        }
    }

    /** CPU time the server process has used so far. */
    long processCpuNanos() throws IOException {
        var os = ManagementFactory.newPlatformMXBeanProxy(connection(), ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                com.sun.management.OperatingSystemMXBean.class);
        return os.getProcessCpuTime();
    }

    private MBeanServerConnection connection() throws IOException {
        if (jmx == null) {
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
        }
        return jmx.getMBeanServerConnection();
    }

    long pid() {
        return process.pid();
    }

    /** Stops the application like Ctrl+C (SIGTERM, Spring's graceful shutdown), forcibly after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException ignored) {
                // the server goes away anyway
            }
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The classpath of this JVM: under {@code exec:java} the plugin's class loader, else java.class.path. */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
                loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                break;
            }
        }
        if (entries.isEmpty()) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
