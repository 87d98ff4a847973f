package de.querschnitt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("planung")
class CsvExportServiceTest {

    @Autowired
    CsvExportService exports;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;

    long roundId;

    @BeforeEach
    void round() {
        roundId = rounds.current().orElseThrow().id();
    }

    @Test
    void theProfileFileIsUtf8WithBomSemicolonsAndCrlfForGermanSpreadsheets() {
        CsvFile file = exports.profiles(roundId, CsvDialect.SEMICOLON);
        String text = new String(file.content(), StandardCharsets.UTF_8);

        assertThat(file.content()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).startsWith("\uFEFFErhebung;Einheit;Titel;Titel des Dokuments;Art;Planungsebene;Von;Bis;"
                + "Fortschreibung;Stand;Anmerkung zum Zeitraum;Status;Einordnung;Grundlage;Raumbezug;Inhalt;"
                + "Steuerungsinstrumente;Sonstiges;Übergeordnete Themen\r\n");
        assertThat(file.fileName()).isEqualTo("profile-sozial-plattform-2017.csv");
        assertThat(file.rows()).isEqualTo(13);
        assertThat(Csv.read(file, ';')).hasSize(14);
    }

    @Test
    void aProfileIsOneRowWithItsBulletItemsAsLinesInsideTheCell() {
        List<String[]> rows = Csv.read(exports.profiles(roundId, CsvDialect.SEMICOLON), ';');
        String[] kjfp = rows.stream().filter(r -> r[2].equals("Kinder- und Jugendförderplan")).findFirst().orElseThrow();
        List<String> header = List.of(rows.getFirst());

        assertThat(kjfp[header.indexOf("Einheit")]).isEqualTo("FB 45");
        assertThat(kjfp[header.indexOf("Titel des Dokuments")])
                .isEqualTo("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020");
        assertThat(kjfp[header.indexOf("Grundlage")]).isEqualTo("""
                SGB VIII – Handlungsfelder:
                • Jugendarbeit
                • Förderung der Jugendverbände
                • Jugendsozialarbeit
                • erzieherischer Kinder- und Jugendschutz""");
        assertThat(kjfp[header.indexOf("Übergeordnete Themen")]).contains("• Partizipation");
    }

    @Test
    void aCommaIsUsedOnRequest() {
        String text = new String(exports.units(CsvDialect.COMMA).content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFKürzel,Name,Art,Beschreibung\r\n");
        assertThat(text).contains("\r\nFB 45,\"Kinder, Jugend und Schule\",FACHBEREICH,");
    }

    @Test
    void cellsThatASpreadsheetWouldEvaluateAreNeutralisedAndCounted() {
        long fb45 = units.findAll().stream().filter(u -> u.code().equals("FB 45")).findFirst().orElseThrow().id();
        assertThat(exports.profiles(roundId, CsvDialect.SEMICOLON).neutralisedCells()).isZero();
        profiles.create(roundId, fb45, new ProfileData("=HYPERLINK(\"http://example.org\";\"klick\")", "@Plan",
                ProfileKind.PLAN, PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, "+1 Jahr")),
                List.of(new SectionData(SectionKind.INHALT, null, List.of(SectionData.Item.of("-5 Punkte")), null)));

        CsvFile file = exports.profiles(roundId, CsvDialect.SEMICOLON);

        assertThat(file.neutralisedCells()).isEqualTo(3);
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).contains(";\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klick\"\")\";'@Plan;")
                .contains(";'+1 Jahr;").contains("• -5 Punkte");
    }

    @Test
    void theMatrixFileHasTheCountsAndTotalsOfTheMatrixView() {
        List<String[]> rows = Csv.read(exports.matrix(roundId, Vocabulary.THEME, 3, CsvDialect.SEMICOLON), ';');
        List<String> header = List.of(rows.getFirst());
        String[] fb45 = rows.stream().filter(r -> r[0].equals("FB 45")).findFirst().orElseThrow();
        assertThat(fb45[header.indexOf("Partizipation")]).isEqualTo("2");
        assertThat(rows.get(rows.size() - 2)[0]).isEqualTo("Einheiten je Spalte");
        String[] marks = rows.getLast();
        assertThat(marks[header.indexOf("Sozialraumbezug/Quartiersarbeit")]).isEqualTo("Kernthema");
    }

    @Test
    void instrumentsAndHistoryAreExported() {
        List<String[]> instruments = Csv.read(exports.instruments(roundId, CsvDialect.SEMICOLON), ';');
        assertThat(instruments.stream().skip(1).map(r -> r[1])).containsExactlyInAnyOrder("E 42", "Kultur", "Theater");

        List<String[]> history = Csv.read(exports.history(CsvDialect.SEMICOLON), ';');
        assertThat(history.getFirst()).containsExactly("Zeitpunkt", "Benutzername", "Rolle", "Objekt", "Objekt-Nr.",
                "Feld", "Alter Wert", "Neuer Wert");
        assertThat(history).anySatisfy(r -> assertThat(r).contains("created", "Kinder- und Jugendförderplan"));
    }

    @Test
    void accountsAreExportedWithoutAnySecret() {
        String text = new String(exports.accounts(CsvDialect.SEMICOLON).content(), StandardCharsets.UTF_8);
        assertThat(text).contains("fb45;FB 45 Kinder, Jugend und Schule (Demo);DEPARTMENT;FB 45\r\n")
                .doesNotContain("$2a$");
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotExport() {
        assertThatThrownBy(() -> exports.units(CsvDialect.SEMICOLON)).isInstanceOf(AccessDeniedException.class);
    }
}
