package de.querschnitt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriterBuilder;
import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.exchange.CsvDialect;
import de.querschnitt.exchange.CsvExportService;
import de.querschnitt.exchange.CsvFile;
import de.querschnitt.exchange.CsvImportService;
import de.querschnitt.exchange.ImportKind;
import de.querschnitt.exchange.ImportProblem;
import de.querschnitt.exchange.ImportResult;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.security.Account;
import de.querschnitt.security.AccountService;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The CSV import with the hostile corpus: every column of every import kind with every text case (one file
 * per case), and the hostile files of {@code hostile/csv/} as a whole. A file is imported completely with every
 * value as typed, or refused with German messages and nothing changed; afterwards every export is
 * formula-safe.
 */
@IntegrationTest
@WithUserDetails("planung")
class HostileCsvImportTest {

    /** A cell a spreadsheet would evaluate: exports must never contain one unneutralised. */
    static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r\u0000]");
    static final Set<String> IMPORT_TABLES = Set.of("org_unit", "account", "invitation", "profile", "section",
            "section_item", "item_term", "revision", "term", "term_synonym");

    @Autowired
    CsvImportService imports;
    @Autowired
    CsvExportService exports;
    @Autowired
    UnitService units;
    @Autowired
    AccountService accounts;
    @Autowired
    ProfileService profiles;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    Translations translations;
    @Autowired
    DataSource dataSource;

    final List<String> failures = new ArrayList<>();
    int serial;

    @AfterAll
    static void report() {
        HostileReport.write();
    }

    @Test
    void everyColumnOfEveryKindWithEveryCase() {
        for (ImportKind kind : ImportKind.values()) {
            Probe probe = new Probe("CSV import " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " (every column)", translations, dataSource);
            for (String column : kind.header()) {
                for (var c : HostileCorpus.strings()) {
                    Map<String, String> row = base(kind);
                    String key = row.get(keyColumn(kind));
                    probe.run(c.text(), column + " – " + c.label(), s -> {
                        row.put(column, s);
                        ImportResult result = imports.execute(kind, file(kind.header(), List.of(row), ';'));
                        refuseOn(result);
                        return row;
                    }, r -> {
                        String stored = stored(kind, column, column.equals(keyColumn(kind)) ? r.get(column) : key);
                        String expected = expected(r.get(column));
                        // the import's own normalisation (see CsvInput): trimmed, one apostrophe before a formula
                        // character taken off, line ends inside a cell as line feeds
                        return stored == null || stored.equals(expected) ? c.text() : stored;
                    }, () -> null);
                }
            }
            failures.addAll(probe.finish(change -> IMPORT_TABLES.contains(change.table())));
        }
        exportsAreFormulaSafe();
        assertThat(failures).isEmpty();
    }

    @Test
    void wholeHostileFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/hostile/csv").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        Probe probe = new Probe("CSV import (whole hostile files)", translations, dataSource);
        for (Path path : files) {
            String name = path.getFileName().toString();
            ImportKind kind = name.startsWith("accounts-") ? ImportKind.ACCOUNTS
                    : name.startsWith("profiles-") ? ImportKind.PROFILES : ImportKind.UNITS;
            byte[] content = Files.readAllBytes(path);
            DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
            boolean[] refused = {false};
            probe.run(name, name, s -> {
                var preview = imports.preview(kind, content);
                preview.problems().forEach(this::translated);
                ImportResult result = imports.execute(kind, content);
                if (preview.canImport() != result.succeeded()) {
                    throw new AssertionError("preview and import disagree");
                }
                if (!result.succeeded()) {
                    refused[0] = true;
                    refuseOn(result);
                }
                return result;
            }, null, () -> null);
            if (refused[0]) {
                var changes = before.changesTo(DatabaseSnapshot.take(dataSource));
                if (!changes.isEmpty()) {
                    failures.add(name + ": refused, but rows changed: " + changes);
                }
            }
        }
        failures.addAll(probe.finish(change -> IMPORT_TABLES.contains(change.table())));
        exportsAreFormulaSafe();
        assertThat(failures).isEmpty();
        assertThat(files).hasSizeGreaterThan(25);
    }

    private void exportsAreFormulaSafe() {
        long roundId = rounds.current().orElseThrow().id();
        List<Function<CsvDialect, CsvFile>> all = List.of(exports::units, exports::accounts,
                d -> exports.profiles(roundId, d), d -> exports.instruments(roundId, d),
                d -> exports.matrix(roundId, Vocabulary.THEME, 3, d), exports::history);
        int cells = 0;
        for (var export : all) {
            for (CsvDialect dialect : CsvDialect.values()) {
                CsvFile file = export.apply(dialect);
                for (String[] line : read(file, dialect.separator())) {
                    for (String cell : line) {
                        cells++;
                        if (FORMULA.matcher(cell).find()) {
                            failures.add(file.fileName() + ": a cell a spreadsheet would evaluate: "
                                    + HostileCorpus.unescapedLabel(cell));
                        }
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(1000);
    }

    // --- rows, files, stored values ---

    private Map<String, String> base(ImportKind kind) {
        int n = ++serial;
        Map<String, String> row = new LinkedHashMap<>();
        kind.header().forEach(c -> row.put(c, ""));
        switch (kind) {
            case UNITS -> {
                row.put("Kürzel", "HC " + n);
                row.put("Name", "Einheit " + n);
                row.put("Art", "FACHBEREICH");
            }
            case ACCOUNTS -> {
                row.put("Benutzername", "feindlich." + n);
                row.put("Anzeigename", "Person " + n);
                row.put("Rolle", "INTERVIEWER");
            }
            case PROFILES -> {
                row.put("Erhebung", rounds.current().orElseThrow().name());
                row.put("Einheit", "FB 45");
                row.put("Titel", "Feindlicher Plan " + n);
                row.put("Art", "PLAN");
                row.put("Planungsebene", "FACHPLANUNG");
            }
        }
        return row;
    }

    private static String keyColumn(ImportKind kind) {
        return switch (kind) {
            case UNITS -> "Kürzel";
            case ACCOUNTS -> "Benutzername";
            case PROFILES -> "Titel";
        };
    }

    /** The value the application holds for a column of the row with that key; null if not checked. */
    private String stored(ImportKind kind, String column, String key) {
        String k = expected(key);
        return switch (kind) {
            case UNITS -> {
                Unit u = units.findByCode(k).orElseThrow();
                yield switch (column) {
                    case "Kürzel" -> u.code();
                    case "Name" -> u.name();
                    case "Beschreibung" -> u.description();
                    default -> null;
                };
            }
            case ACCOUNTS -> {
                Account a = accounts.findAll().stream().filter(x -> x.username().equalsIgnoreCase(k)).findFirst()
                        .orElseThrow();
                yield switch (column) {
                    case "Benutzername" -> a.username();
                    case "Anzeigename" -> a.displayName();
                    default -> null;
                };
            }
            case PROFILES -> {
                if (!Set.of("Titel", "Titel des Dokuments", "Anmerkung zum Zeitraum").contains(column)) {
                    yield null;
                }
                long unitId = units.findByCode("FB 45").orElseThrow().id();
                long roundId = rounds.current().orElseThrow().id();
                Optional<ProfileSummary> summary = profiles.findByUnit(roundId, unitId).stream()
                        .filter(p -> p.title().equals(k)).findFirst();
                var data = profiles.find(summary.orElseThrow().id()).orElseThrow().data();
                yield switch (column) {
                    case "Titel" -> data.title();
                    case "Titel des Dokuments" -> data.documentTitle();
                    default -> data.period().note();
                };
            }
        };
    }

    /** What the import makes of a typed cell (documented in CsvInput and CellText). */
    static String expected(String typed) {
        // what the file holds: an unpaired surrogate cannot be written as UTF-8 and becomes "?" in the file
        String s = new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("\r\n", "\n").replace('\r', '\n').strip();
        return s.matches("(?s)^'+[=+\\-@\t\r\u0000].*") ? s.substring(1) : s;
    }

    private void refuseOn(ImportResult result) {
        if (!result.succeeded()) {
            ImportProblem first = result.problems().getFirst();
            result.problems().forEach(this::translated);
            throw first.error();
        }
    }

    private void translated(ImportProblem problem) {
        UserError e = problem.error();
        for (var locale : List.of(Translations.GERMAN, Translations.ENGLISH)) {
            Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof UserError.MessageKey k
                    ? translations.getTranslation(k.key(), locale) : a).toArray();
            String text = translations.getTranslation(e.messageKey(), locale, args);
            if (text.startsWith("!") || Arrays.stream(args).anyMatch(a -> a instanceof String s && s.startsWith("!"))) {
                failures.add("import problem without a translated message: " + e.messageKey() + " "
                        + Arrays.toString(args));
            }
        }
    }

    static byte[] file(List<String> header, List<Map<String, String>> rows, char separator) {
        var out = new StringWriter();
        var writer = new CSVWriterBuilder(out).withSeparator(separator).withLineEnd("\r\n").build();
        writer.writeNext(header.toArray(String[]::new), false);
        rows.forEach(r -> writer.writeNext(header.stream().map(r::get).toArray(String[]::new), false));
        // a spreadsheet writes what the cell holds; an unpaired surrogate cannot be written as UTF-8 at all
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String[]> read(CsvFile file, char separator) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            return reader.readAll();
        } catch (IOException | com.opencsv.exceptions.CsvException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
