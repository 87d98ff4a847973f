package de.querschnitt.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md: generated blocks between {@code <!-- generated:NAME -->} and
 * {@code <!-- /generated:NAME -->} are replaced on every run; everything else (the hand-written analysis)
 * is kept. A block that is not in the file yet is appended under its heading.
 */
final class BenchmarkDoc {

    private final Path file;
    private String text;

    BenchmarkDoc(Path file) throws IOException {
        this.file = file;
        this.text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
    }

    void put(String name, String heading, String content) {
        String start = "<!-- generated:" + name + " -->";
        String end = "<!-- /generated:" + name + " -->";
        String block = start + "\n" + content.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + (heading == null ? "" : heading + "\n\n") + block + "\n";
        }
    }

    void write() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.stripTrailing() + "\n");
    }
}
