package de.querschnitt.annex;

import de.querschnitt.annex.pdf.AnnexPdf;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the seed's annex to a file for looking at it: ./mvnw -q test-compile exec:java ... (development aid). */
public final class RenderOnce {
    public static void main(String[] args) throws Exception {
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long start = System.nanoTime();
        byte[] pdf = AnnexPdf.render(new SeedAnnex().model(times, true));
        System.out.println("ms " + (System.nanoTime() - start) / 1_000_000 + " bytes " + pdf.length);
        Files.write(Path.of(args[0]), pdf);
    }
}
