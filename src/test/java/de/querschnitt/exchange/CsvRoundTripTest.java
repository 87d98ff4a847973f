package de.querschnitt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.IntegrationTest;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export everything, empty the database, import the files: the same data comes back. The round and the
 * vocabularies stay, because the import format does not carry them (it refers to them by name). The test
 * runs in one rolled-back transaction, so it needs no second database and no second Spring context.
 */
@IntegrationTest
class CsvRoundTripTest {

    /** What the import formats do not carry and the import refers to by name. */
    static final Set<String> KEPT = Set.of("survey_round", "term", "term_synonym", "flyway_schema_history");

    @Autowired
    CsvExportService exports;
    @Autowired
    CsvImportService imports;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    DSLContext dsl;

    @Test
    void exportingEverythingAndImportingItIntoAnEmptyDatabaseReproducesTheSameData() {
        SystemAuthentication.call(() -> {
            long roundId = rounds.current().orElseThrow().id();
            CsvFile units = exports.units(CsvDialect.SEMICOLON);
            CsvFile accounts = exports.accounts(CsvDialect.SEMICOLON);
            CsvFile profiles = exports.profiles(roundId, CsvDialect.SEMICOLON);
            assertThat(units.rows()).isEqualTo(13);
            assertThat(accounts.rows()).isEqualTo(5);
            assertThat(profiles.rows()).isEqualTo(13);

            emptyDatabase();
            assertThat(exports.units(CsvDialect.SEMICOLON).rows()).isZero();
            assertThat(exports.profiles(roundId, CsvDialect.SEMICOLON).rows()).isZero();

            for (var file : List.of(new Object[] {ImportKind.UNITS, units}, new Object[] {ImportKind.ACCOUNTS, accounts},
                    new Object[] {ImportKind.PROFILES, profiles})) {
                var result = imports.execute((ImportKind) file[0], ((CsvFile) file[1]).content());
                assertThat(result.problems()).as("%s", file[0]).isEmpty();
                assertThat(result.changes()).extracting(ImportChange::action).containsOnly(ImportAction.CREATE)
                        .hasSize(((CsvFile) file[1]).rows());
            }

            assertThat(exports.units(CsvDialect.SEMICOLON).content()).isEqualTo(units.content());
            assertThat(exports.accounts(CsvDialect.SEMICOLON).content()).isEqualTo(accounts.content());
            assertThat(new String(exports.profiles(roundId, CsvDialect.SEMICOLON).content()))
                    .isEqualTo(new String(profiles.content()));
            // and the importing itself was recorded
            assertThat(new String(exports.history(CsvDialect.SEMICOLON).content())).contains("created");
            return null;
        });
    }

    private void emptyDatabase() {
        // foreign keys are checked at commit, which this rolled-back test never reaches
        dsl.execute("PRAGMA defer_foreign_keys = ON");
        List<String> tables = dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .getValues(0, String.class);
        tables.stream().filter(t -> !KEPT.contains(t)).forEach(t -> dsl.execute("DELETE FROM \"" + t + "\""));
    }
}
