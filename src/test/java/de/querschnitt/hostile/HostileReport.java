package de.querschnitt.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per input path, shared by the hostile-input tests of one test run; each test class writes the whole
 * table to {@code target/hostile-report.md} when it finishes, so the file holds every path run so far.
 */
final class HostileReport {

    record Row(int inputs, int stored, int refused) {
    }

    private static final Map<String, Row> ROWS = new TreeMap<>();

    private HostileReport() {
    }

    static synchronized void add(String path, int inputs, int stored, int refused) {
        ROWS.merge(path, new Row(inputs, stored, refused),
                (a, b) -> new Row(a.inputs + b.inputs, a.stored + b.stored, a.refused + b.refused));
    }

    static synchronized String table() {
        StringBuilder b = new StringBuilder("# Hostile-input report\n\n"
                + "Written by the tests in `de.querschnitt.hostile` (corpus: `src/test/resources/hostile/`).\n"
                + "Every input was either stored and read back as typed (modulo trimming) or refused with a\n"
                + "German message; none raised another exception or changed anything outside its target.\n\n"
                + "| path | inputs | stored | refused with message |\n|---|---:|---:|---:|\n");
        int inputs = 0;
        int stored = 0;
        int refused = 0;
        for (var e : ROWS.entrySet()) {
            Row r = e.getValue();
            b.append("| ").append(e.getKey()).append(" | ").append(r.inputs).append(" | ").append(r.stored)
                    .append(" | ").append(r.refused).append(" |\n");
            inputs += r.inputs;
            stored += r.stored;
            refused += r.refused;
        }
        b.append("| **total** | ").append(inputs).append(" | ").append(stored).append(" | ").append(refused)
                .append(" |\n");
        return b.toString();
    }

    static synchronized void write() {
        String table = table();
        System.out.println(table);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hostile-report.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
