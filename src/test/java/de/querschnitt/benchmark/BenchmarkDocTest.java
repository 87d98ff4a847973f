package de.querschnitt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command rewrites its figures and keeps the analysis written by hand. */
class BenchmarkDocTest {

    @TempDir
    Path dir;

    @Test
    void aNewRunReplacesOnlyTheGeneratedBlocksAndKeepsTheTextAroundThem() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, """
                # Benchmarks

                ## Start-up

                <!-- generated:startup -->
                old figures
                <!-- /generated:startup -->

                ### Why it is slow
                Hand-written analysis.
                """);
        var doc = new BenchmarkDoc(file);
        doc.put("startup", "## Start-up", "| run | 12.3 s |");
        doc.put("matrix", "## Matrix", "| ×1 | 5 ms |");
        doc.write();

        String text = Files.readString(file);
        assertThat(text).doesNotContain("old figures").contains("| run | 12.3 s |")
                .contains("### Why it is slow\nHand-written analysis.");
        assertThat(text.indexOf("| run | 12.3 s |")).isLessThan(text.indexOf("Hand-written analysis."));
        assertThat(text).endsWith("## Matrix\n\n<!-- generated:matrix -->\n| ×1 | 5 ms |\n<!-- /generated:matrix -->\n");
    }

    @Test
    void percentilesAreTakenByNearestRank() {
        List<Double> samples = new java.util.ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            samples.add((double) i);
        }
        Stats stats = Stats.of(samples);
        assertThat(stats.count()).isEqualTo(200);
        assertThat(stats.p50()).isEqualTo(100);
        assertThat(stats.p95()).isEqualTo(190);
        assertThat(stats.p99()).isEqualTo(198);
        assertThat(stats.max()).isEqualTo(200);
    }
}
