package de.querschnitt.exchange;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test files as a spreadsheet user would save them, and a reader for exported ones. */
final class Csv {

    private Csv() {
    }

    /** A file of the kind's header and rows given as column → value (missing columns empty). */
    static byte[] file(ImportKind kind, List<Map<String, String>> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(kind.header().toArray(String[]::new));
        for (Map<String, String> row : rows) {
            lines.add(kind.header().stream().map(c -> row.getOrDefault(c, "")).toArray(String[]::new));
        }
        return write(lines, ';');
    }

    static byte[] write(List<String[]> lines, char separator) {
        var out = new StringWriter();
        var writer = new CSVWriterBuilder(out).withSeparator(separator).withLineEnd("\r\n").build();
        lines.forEach(line -> writer.writeNext(line, false));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> profile(String... overrides) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Erhebung", "Sozial-Plattform 2017");
        row.put("Einheit", "FB 45");
        row.put("Titel", "Neuer Plan");
        row.put("Art", "PLAN");
        row.put("Planungsebene", "FACHPLANUNG");
        for (int i = 0; i < overrides.length; i += 2) {
            row.put(overrides[i], overrides[i + 1]);
        }
        return row;
    }

    static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** Reads an exported file (after checking and dropping its BOM) into rows of cells. */
    static List<String[]> read(CsvFile file, char separator) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no BOM");
        }
        try (var reader = new CSVReaderBuilder(new StringReader(text.substring(1)))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            return reader.readAll();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
