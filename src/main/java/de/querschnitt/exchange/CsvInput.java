package de.querschnitt.exchange;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import de.querschnitt.common.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded file into rows keyed by column name, or says what keeps it from being read: too large,
 * empty, not UTF-8, not CSV, wrong header, wrong number of cells. Nothing here knows what the rows mean.
 */
final class CsvInput {

    /** Larger files are refused before anything is parsed. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A data row: its spreadsheet row number and its cells by column name (trimmed, neutralisation undone). */
    record Row(int line, Map<String, String> cells, Map<String, Integer> positions) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        String column(String name) {
            return Columns.letter(positions.get(name)) + " " + name;
        }
    }

    record Result(List<Row> rows, List<ImportProblem> problems) {
    }

    private CsvInput() {
    }

    /**
     * @param size the size of the uploaded file as declared by the upload; a file over the limit is refused by
     *        it before anything is read (then {@code content} may be empty)
     */
    static Result read(byte[] content, long size, List<String> expectedHeader) {
        long bytes = Math.max(size, content == null ? 0 : content.length);
        if (bytes > MAX_BYTES) {
            return fileProblem(new UserError("exchange.error.too-large",
                    String.format(Locale.GERMAN, "%.1f", bytes / 1024.0 / 1024.0), MAX_BYTES / 1024 / 1024));
        }
        if (content == null || content.length == 0) {
            return fileProblem(new UserError("exchange.error.empty"));
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return fileProblem(new UserError("exchange.error.encoding", lineOf(content, in.position())));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            return fileProblem(new UserError("exchange.error.empty"));
        }
        return parse(text, expectedHeader);
    }

    private static Result parse(String text, List<String> expectedHeader) {
        char separator = detectSeparator(text);
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                // RFC 4180 as spreadsheets write it: quotes doubled, no escape character (OpenCSV's default parser
                // would swallow every backslash of a path or a note, and with NUL as "no escape" every NUL)
                .withCSVParser(new com.opencsv.RFC4180ParserBuilder().withSeparator(separator).build())
                .withKeepCarriageReturn(false)
                .build()) {
            String[] header = reader.readNext();
            Map<String, Integer> positions = checkHeader(header, expectedHeader, problems);
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems);
            }
            int line = 1;
            String[] cells;
            while (true) {
                try {
                    cells = reader.readNext();
                } catch (CsvValidationException e) {
                    problems.add(new ImportProblem(line + 1, null, new UserError("exchange.error.malformed")));
                    break;
                }
                if (cells == null) {
                    break;
                }
                line++;
                if (isBlank(cells)) {
                    continue;
                }
                if (cells.length != header.length) {
                    problems.add(new ImportProblem(line, null,
                            new UserError("exchange.error.cell-count", cells.length, header.length)));
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                String[] values = cells;
                positions.forEach((name, index) -> byName.put(name, CellText.restore(values[index].strip())));
                rows.add(new Row(line, byName, positions));
            }
        } catch (com.opencsv.exceptions.CsvMalformedLineException e) {
            // a quoted field that never ends (an unbalanced quote): the line where it began
            problems.add(new ImportProblem(rows.isEmpty() ? 2 : rows.getLast().line() + 1, null,
                    new UserError("exchange.error.malformed")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            problems.add(new ImportProblem(1, null, new UserError("exchange.error.malformed")));
        } catch (RuntimeException e) {
            // OpenCSV reports an unterminated quoted field at the end of the input this way
            problems.add(new ImportProblem(rows.isEmpty() ? 2 : rows.getLast().line() + 1, null,
                    new UserError("exchange.error.malformed")));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, new UserError("exchange.error.no-rows")));
        }
        return new Result(rows, problems);
    }

    private static Map<String, Integer> checkHeader(String[] header, List<String> expected,
            List<ImportProblem> problems) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].replace("\uFEFF", "").strip();
            String column = Columns.letter(i) + " " + name;
            if (name.isEmpty()) {
                problems.add(new ImportProblem(1, Columns.letter(i), new UserError("exchange.error.column-empty")));
            } else if (!expected.contains(name)) {
                problems.add(new ImportProblem(1, column, new UserError("exchange.error.column-unknown", name,
                        String.join("; ", expected))));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, column, new UserError("exchange.error.column-twice", name)));
            }
        }
        for (String name : expected) {
            if (!positions.containsKey(name)) {
                problems.add(new ImportProblem(1, null, new UserError("exchange.error.column-missing", name)));
            }
        }
        return positions;
    }

    /** The header decides: whichever of ; and , it contains more often (outside quotes). */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Result fileProblem(UserError error) {
        return new Result(List.of(), List.of(new ImportProblem(0, null, error)));
    }
}
