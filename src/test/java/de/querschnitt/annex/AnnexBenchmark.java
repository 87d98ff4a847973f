package de.querschnitt.annex;

import de.querschnitt.annex.pdf.AnnexPdf;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the annex for the seed's data ×1, ×10 and ×100 (see {@link SeedAnnex}) and writes time and peak
 * heap as a Markdown block to the file in args[0]; {@code de.querschnitt.benchmark.Benchmarks} runs it in a
 * JVM of its own and puts the block into {@code docs/benchmarks.md}. Not a test: timings depend on the
 * machine.
 */
public final class AnnexBenchmark {

    private static final int[] SIZES = {1, 10, 100};
    private static final int RUNS = 3;

    private record Result(int times, int cards, int pages, long bytes, long[] millis, long peakHeap) {
        long median() {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/benchmark/annex.md");
        SeedAnnex seed = new SeedAnnex();
        // warm up the JIT, as a running server would be
        for (int i = 0; i < 5; i++) {
            AnnexPdf.render(seed.model(1, true));
        }
        List<Result> results = new ArrayList<>();
        for (int times : SIZES) {
            AnnexModel model = seed.model(times, true);
            long[] millis = new long[RUNS];
            long peak = 0;
            byte[] pdf = null;
            for (int run = 0; run < RUNS; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                pdf = AnnexPdf.render(model);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                peak = Math.max(peak, peakHeap());
            }
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            Result result = new Result(times, model.cardCount(), pages, pdf.length, millis, peak);
            results.add(result);
            System.out.printf(Locale.ROOT, "x%d: %d cards, %d pages, %d kB, median %d ms %s, peak heap %d MB%n",
                    times, result.cards(), pages, pdf.length / 1024, result.median(), Arrays.toString(millis),
                    peak / (1024 * 1024));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, section(results));
        System.out.println("Written to " + target);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at once). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String section(List<Result> results) {
        Runtime runtime = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder out = new StringBuilder();
        out.append("`AnnexPdf.render` for the seed's data (`demo/sozial-plattform-2017.json`) ×1, ×10 and ×100: "
                + "×n repeats every unit n times with its plans and instruments (synthetic districts), so the "
                + "cards, the overview and the matrix rows grow n-fold. Draft with watermark, tagged PDF/A-2a. "
                + "Median of " + RUNS + " runs after 5 warm-up runs; peak heap is the sum of the heap pools' peaks "
                + "during a run (includes garbage not yet collected), in a JVM of its own.\n\n");
        out.append(String.format(Locale.ROOT, "Measured %s on %d cores (load average %.1f at the end), Java %s, "
                + "max heap %d MB.%n%n", java.time.LocalDate.now(), runtime.availableProcessors(), load,
                System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024)));
        out.append("| data | cards | pages | PDF size | time (median) | runs | peak heap |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| ×%d | %d | %d | %d kB | %d ms | %s | %d MB |%n", r.times(),
                    r.cards(), r.pages(), r.bytes() / 1024, r.median(), Arrays.toString(r.millis()),
                    r.peakHeap() / (1024 * 1024)));
        }
        Result small = results.get(1);
        Result large = results.get(2);
        out.append(String.format(Locale.ROOT, "%n×10 → ×100 is %.1f× the time for 10× the data (linear: 10×); "
                + "target ×100 under 10 s: %s.%n", (double) large.median() / Math.max(1, small.median()),
                large.median() < 10_000 ? "met" : "NOT met"));
        return out.toString();
    }
}
