package de.querschnitt.exchange;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one table as CSV the way German spreadsheet programs open it without an import dialog: UTF-8 with
 * byte order mark, CRLF line ends, the dialect's separator, and every cell neutralised (see {@link CellText}).
 */
final class CsvTableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ICSVWriter writer;
    private int rows;
    private int neutralised;

    CsvTableWriter(CsvDialect dialect, List<String> header) {
        bytes.writeBytes(BOM);
        writer = new CSVWriterBuilder(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))
                .withSeparator(dialect.separator())
                .withQuoteChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withEscapeChar(ICSVWriter.DEFAULT_ESCAPE_CHARACTER)
                .withLineEnd("\r\n")
                .build();
        writer.writeNext(header.toArray(String[]::new), false);
    }

    void row(List<String> cells) {
        String[] values = new String[cells.size()];
        for (int i = 0; i < values.length; i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (CellText.needsNeutralising(cell)) {
                neutralised++;
            }
            values[i] = CellText.neutralise(cell);
        }
        writer.writeNext(values, false);
        rows++;
    }

    CsvFile finish(String fileName) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvFile(fileName, bytes.toByteArray(), rows, neutralised);
    }
}
